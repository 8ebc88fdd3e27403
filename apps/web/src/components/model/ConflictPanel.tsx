import type { Model } from '@mmt/domain';
import { formatValue } from '../../lib/format';
import { FIELD_LABELS, conflictRows, type ModelFormValues } from '../../lib/modelForm';

interface Props {
  original: Model;
  mine: ModelFormValues;
  theirs: Model;
  onReapply: () => void;
  onDiscardMine: () => void;
}

/** A stale edit: the newer values beside the user's, and a way to keep the user's work. */
export function ConflictPanel({ original, mine, theirs, onReapply, onDiscardMine }: Props) {
  const rows = conflictRows(original, mine, theirs);
  return (
    <div className="panel panel-warning conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">Someone else changed this model while you were editing</h3>
      <p>
        You started from version {original.version}; version {theirs.version} was saved in the meantime. Nothing has
        been saved from your edit yet. Compare the values, then re-apply your edits on top of the newer version.
      </p>
      <div className="table-scroll">
        <table className="data-table conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you started (v{original.version})</th>
              <th scope="col">Your edit</th>
              <th scope="col">Newer version (v{theirs.version})</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} className={row.clash ? 'clash' : undefined}>
                <th scope="row">
                  {FIELD_LABELS[row.field]}
                  {row.clash && <span className="clash-note"> — both changed</span>}
                </th>
                <td>{formatValue(row.original)}</td>
                <td className={row.changedByMe ? 'changed' : undefined}>{formatValue(row.mine)}</td>
                <td className={row.changedByThem ? 'changed' : undefined}>{formatValue(row.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onReapply}>
          Re-apply my edits on top of the newer version
        </button>
        <button type="button" onClick={onDiscardMine}>
          Discard my edits and load the newer version
        </button>
      </div>
    </div>
  );
}
