import { frameworkLabel, type Scan } from '@mmt/domain';
import { useModelScans } from '../../api/scans';
import { formatDateTime } from '../../lib/format';
import { fileLine, tf1ApiHistory, tf1ApiRows } from '../../lib/scans';
import { EmptyState, QueryState } from '../QueryStates';
import { Tf1ApiHistoryChart } from './Tf1ApiHistoryChart';

/** How many scans the TF1 API chart goes back. */
const HISTORY_SCANS = 30;

/** What the code said when last scanned, and the TF1 API count over the model's scans. */
export function LatestScan({ modelId }: { modelId: string }) {
  const scans = useModelScans(modelId, HISTORY_SCANS);
  return (
    <QueryState query={scans} loading="Loading scans" errorTitle="Could not load the scans">
      {({ items }) =>
        items[0] ? (
          <>
            <ScanFindingsView scan={items[0]} />
            {items.length > 1 && <Tf1ApiHistoryChart points={tf1ApiHistory(items)} />}
          </>
        ) : (
          <EmptyState title="Never scanned">
            <p>
              Run <code>mmt scan --post --model {modelId}</code> in the model&apos;s repository (or in its CI) to record
              what the code uses.
            </p>
          </EmptyState>
        )
      }
    </QueryState>
  );
}

function ScanFindingsView({ scan }: { scan: Scan }) {
  const { primary, frameworks, tf1Apis, serialization } = scan.findings;
  return (
    <div className="scan" data-testid="latest-scan">
      <p className="muted">
        {formatDateTime(scan.recordedAt)} by {scan.recordedBy}
        {scan.commit && (
          <>
            {' '}
            · commit <code>{scan.commit.slice(0, 12)}</code>
          </>
        )}
        {scan.ref && <> · {scan.ref}</>} · {scan.findings.filesScanned} files
      </p>
      <dl className="details">
        <div className="details-row">
          <dt>Primary framework</dt>
          <dd>
            {primary ? `${frameworkLabel(primary.framework, primary.version)} (${primary.family})` : 'None found'}
          </dd>
        </div>
        <div className="details-row">
          <dt>TF1 API uses</dt>
          <dd>{tf1Apis.total}</dd>
        </div>
      </dl>

      {frameworks.length > 0 && (
        <>
          <h3>Frameworks</h3>
          <ul className="scan-list">
            {frameworks.map((entry) => (
              <li key={entry.framework}>
                <strong>{frameworkLabel(entry.framework, entry.version)}</strong> ({entry.family})
                <ul>
                  {entry.evidence.map((evidence) => (
                    <li key={fileLine(evidence)}>
                      <code>{fileLine(evidence)}</code> {evidence.text}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      {tf1Apis.total > 0 && (
        <>
          <h3>TF1 API uses by API</h3>
          <ul className="scan-list">
            {tf1ApiRows(tf1Apis).map((row) => (
              <li key={row.api}>
                <strong>{row.api}</strong>: {row.count}
                {row.places.length > 0 && (
                  <details>
                    <summary>Where</summary>
                    <ul>
                      {row.places.map((place) => (
                        <li key={place}>
                          <code>{place}</code>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {serialization.length > 0 && (
        <>
          <h3>Serialization</h3>
          <ul className="scan-list">
            {serialization.map((use) => (
              <li key={`${use.format} ${fileLine(use)}`}>
                {use.format} <code>{fileLine(use)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
