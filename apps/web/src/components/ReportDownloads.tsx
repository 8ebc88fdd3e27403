import { useId } from 'react';
import { DOWNLOAD_FORMATS, REPORT_FORMAT_LABELS, reportUrl } from '../lib/reports';

/**
 * The status report at the page's as-of date, one plain link per format: the session cookie goes
 * along and the server's Content-Disposition names the file ("migration-status-<date>.csv").
 */
export function ReportDownloads({ asOf }: { asOf: string }) {
  const labelId = useId();
  const when = asOf ? `as of ${asOf}` : 'now';
  return (
    <div className="report-downloads" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="report-downloads-label">
        Download report <span className="report-downloads-when">({when})</span>
      </span>
      <ul className="report-downloads-list">
        {DOWNLOAD_FORMATS.map((format) => (
          <li key={format}>
            <a
              className="button button-small"
              href={reportUrl(format, asOf)}
              download
              aria-label={`Download the status report ${when} as ${REPORT_FORMAT_LABELS[format]}`}
            >
              {REPORT_FORMAT_LABELS[format]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
