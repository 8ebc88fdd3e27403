import { describe, expect, it } from 'vitest';
import { DOWNLOAD_FORMATS, REPORT_FORMAT_LABELS, reportUrl } from './reports';

describe('reportUrl', () => {
  it('asks for the format at the as-of date, or now when there is none', () => {
    expect(reportUrl('csv', '2021-01-15')).toBe('/api/reports/status?format=csv&asOf=2021-01-15');
    expect(reportUrl('pdf', '')).toBe('/api/reports/status?format=pdf');
    expect(reportUrl('md-zip', '')).toBe('/api/reports/status?format=md-zip');
  });

  it('offers every format with a label', () => {
    expect(DOWNLOAD_FORMATS.map((format) => REPORT_FORMAT_LABELS[format])).toEqual([
      'CSV',
      'Markdown',
      'Markdown with charts',
      'JSON',
      'PDF',
    ]);
  });
});
