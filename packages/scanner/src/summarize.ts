import {
  DEFAULT_POLICY,
  FRAMEWORKS,
  SCAN_LIMITS,
  settledFamily,
  TF1_APIS,
  type Framework,
  type ScanFindings,
  type ScanFrameworkEntry,
  type Tf1Api,
} from '@mmt/domain';
import { STRENGTHS } from './declaration.js';
import type { EvidenceDeclaration, FileFindings } from './scan-file.js';

export interface ScanSummaryInput {
  /** The scanned directory, as the findings report it. */
  root: string;
  filesScanned: number;
  files: readonly FileFindings[];
  /** The frameworks the policy governs: the primary framework is one of them when the code names one. */
  governed?: readonly Framework[];
}

type Evidence = EvidenceDeclaration & { file: string };

const rank = (evidence: Evidence) => STRENGTHS.indexOf(evidence.strength);
/** Paths compare by code unit: the same order on every machine, whatever its locale. */
const comparePaths = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byStrength = (a: Evidence, b: Evidence) => rank(a) - rank(b) || comparePaths(a.file, b.file) || a.line - b.line;

function frameworkEntry(framework: Framework, evidence: Evidence[], tf1ApiUses: number): ScanFrameworkEntry {
  // One line may declare a framework twice (`pip install tensorflow tensorflow-gpu==1.15`): keep the stronger.
  const seen = new Set<string>();
  const sorted = evidence.sort(byStrength).filter((item) => {
    const key = `${item.file}:${item.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const version = sorted.find((item) => item.version !== null)?.version ?? null;
  return {
    framework,
    version: version === null ? null : version.slice(0, SCAN_LIMITS.version),
    family: settledFamily(
      framework,
      sorted.map((item) => item.specifier),
      tf1ApiUses,
    ),
    evidence: sorted.slice(0, SCAN_LIMITS.evidencePerFramework).map(({ file, line, text }) => ({ file, line, text })),
  };
}

function frameworkEntries(files: readonly FileFindings[], tf1ApiUses: number): ScanFrameworkEntry[] {
  const byFramework = new Map<Framework, Evidence[]>();
  for (const found of files) {
    for (const declaration of found.declarations) {
      const evidence = byFramework.get(declaration.framework) ?? [];
      evidence.push({ ...declaration, file: found.file });
      byFramework.set(declaration.framework, evidence);
    }
  }
  const strongest = (evidence: Evidence[]) => Math.min(...evidence.map(rank));
  return [...byFramework.entries()]
    .sort(
      ([a, aEvidence], [b, bEvidence]) =>
        strongest(aEvidence) - strongest(bEvidence) ||
        bEvidence.length - aEvidence.length ||
        FRAMEWORKS.indexOf(a) - FRAMEWORKS.indexOf(b),
    )
    .map(([framework, evidence]) => frameworkEntry(framework, evidence, tf1ApiUses));
}

function tf1Apis(files: readonly FileFindings[]): ScanFindings['tf1Apis'] {
  const occurrences = files.flatMap((found) => found.tf1Apis.map(({ line, api }) => ({ file: found.file, line, api })));
  const byApi = Object.fromEntries(TF1_APIS.map((api) => [api, 0])) as Record<Tf1Api, number>;
  occurrences.forEach(({ api }) => byApi[api]++);
  return { total: occurrences.length, byApi, occurrences: occurrences.slice(0, SCAN_LIMITS.occurrences) };
}

/**
 * A repository's findings from its files' findings. Frameworks come strongest evidence first (an
 * exact pin, a range, a declaration without a version, a Dockerfile image, an import); the primary
 * framework is the first one the policy governs, else the first one found. Lists are cut to the
 * findings' bounds; counts stay exact.
 */
export function summarizeScan({
  root,
  filesScanned,
  files,
  governed = DEFAULT_POLICY.governedFrameworks,
}: ScanSummaryInput): ScanFindings {
  const sorted = files
    .filter((found) => found.file.length <= SCAN_LIMITS.path)
    .sort((a, b) => comparePaths(a.file, b.file));
  const tf1 = tf1Apis(sorted);
  const frameworks = frameworkEntries(sorted, tf1.total);
  const primary = frameworks.find((entry) => governed.includes(entry.framework)) ?? frameworks[0];
  return {
    root: root.slice(0, SCAN_LIMITS.root),
    filesScanned,
    primary: primary ? { framework: primary.framework, version: primary.version, family: primary.family } : null,
    frameworks,
    tf1Apis: tf1,
    serialization: sorted
      .flatMap((found) => found.serialization.map(({ line, format }) => ({ format, file: found.file, line })))
      .slice(0, SCAN_LIMITS.serialization),
  };
}
