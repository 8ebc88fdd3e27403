import { TF1_APIS, type CodeDrift, type Scan, type ScanFindings, type Tf1Api } from '@mmt/domain';
import { formatDate } from './format';

/** A finding's place in the repository: `train.py:12`. */
export const fileLine = ({ file, line }: { file: string; line: number }) => `${file}:${line}`;

export interface Tf1ApiPoint {
  scanId: string;
  recordedAt: string;
  /** `abcdef1`, or the date when the scan named no commit. */
  label: string;
  total: number;
}

/** The model's TF1 API count over its scans, oldest first (the API lists them newest first). */
export function tf1ApiHistory(scans: readonly Scan[]): Tf1ApiPoint[] {
  return [...scans].reverse().map((scan) => ({
    scanId: scan.id,
    recordedAt: scan.recordedAt,
    label: scan.commit?.slice(0, 7) ?? formatDate(scan.recordedAt),
    total: scan.findings.tf1Apis.total,
  }));
}

export interface Tf1ApiRow {
  api: Tf1Api;
  count: number;
  /** The occurrences the scan kept of this API (a large repository keeps the first ones only). */
  places: string[];
}

/** TF1 API uses by API, in the order reports list them, the APIs not used left out. */
export function tf1ApiRows(tf1Apis: ScanFindings['tf1Apis']): Tf1ApiRow[] {
  return TF1_APIS.filter((api) => tf1Apis.byApi[api] > 0).map((api) => ({
    api,
    count: tf1Apis.byApi[api],
    places: tf1Apis.occurrences.filter((occurrence) => occurrence.api === api).map(fileLine),
  }));
}

/** The drift finding as one sentence. */
export function driftSentence(drift: CodeDrift): string {
  return `The latest scan (${formatDate(drift.scannedAt)}) found ${drift.scannedFamily} in the code; the registry says ${drift.registeredFamily}.`;
}
