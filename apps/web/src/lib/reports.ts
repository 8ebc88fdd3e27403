import type { ReportFormat } from '@mmt/domain';
import { toQueryString } from '../api/client';

export const REPORT_FORMAT_LABELS: Record<ReportFormat, string> = {
  csv: 'CSV',
  md: 'Markdown',
  'md-zip': 'Markdown with charts',
  json: 'JSON',
  pdf: 'PDF',
};

/** The formats the download control offers, in this order. */
export const DOWNLOAD_FORMATS: readonly ReportFormat[] = ['csv', 'md', 'md-zip', 'json', 'pdf'];

/** `GET /api/reports/status` for a download link; an empty as-of date means now. */
export function reportUrl(format: ReportFormat, asOf: string): string {
  return `/api/reports/status${toQueryString({ format, asOf })}`;
}

/** The whole instance with history (`GET /api/backup`). */
export const BACKUP_URL = '/api/backup';
