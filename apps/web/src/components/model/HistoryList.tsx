import type { ModelEvent } from '@mmt/domain';
import { useModelHistory } from '../../api/models';
import { formatDateTime, formatValue } from '../../lib/format';
import { FIELD_LABELS } from '../../lib/modelForm';
import { EmptyState, QueryState } from '../QueryStates';

/** Every create and change of the model, newest first. */
export function HistoryList({ modelId }: { modelId: string }) {
  const history = useModelHistory(modelId);
  return (
    <QueryState query={history} loading="Loading history" errorTitle="Could not load the history">
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState title="No history recorded" />
        ) : (
          <ol className="history">
            {items.map((event) => (
              <HistoryEvent key={event.id} event={event} />
            ))}
          </ol>
        )
      }
    </QueryState>
  );
}

function HistoryEvent({ event }: { event: ModelEvent }) {
  const backdated = event.recordedAt !== event.at;
  const created = event.kind === 'created';
  return (
    <li className="history-event">
      <p className="history-meta">
        <strong>{created ? 'Registered' : 'Changed'}</strong> by <strong>{event.actor || 'unknown'}</strong>,{' '}
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
        {backdated && (
          <span className="history-recorded">
            {' '}
            (recorded <time dateTime={event.recordedAt}>{formatDateTime(event.recordedAt)}</time>)
          </span>
        )}
        <span className="history-version"> · version {event.version}</span>
      </p>
      {created ? (
        <details>
          <summary>Initial values ({event.changes.length} fields)</summary>
          <ul className="changes">
            {event.changes.map((change) => (
              <li key={change.field}>
                <span className="change-field">{FIELD_LABELS[change.field] ?? change.field}:</span>{' '}
                {formatValue(change.to)}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <ul className="changes">
          {event.changes.map((change) => (
            <li key={change.field}>
              <span className="change-field">{FIELD_LABELS[change.field] ?? change.field}:</span>{' '}
              <span className="change-from">{formatValue(change.from)}</span> <span aria-label="changed to">→</span>{' '}
              <span className="change-to">{formatValue(change.to)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
