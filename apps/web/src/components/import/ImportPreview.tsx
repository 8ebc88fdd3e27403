import { IMPORT_FORMAT_LABELS, type FieldChange, type ImportResult, type ImportRowPlan } from '@mmt/domain';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatValue, plural } from '../../lib/format';
import {
  ACTION_LABELS,
  fileProblems,
  previewRows,
  readiness,
  summaryTiles,
  readySentence,
  PREVIEW_ROW_LIMIT,
} from '../../lib/imports';
import { FIELD_LABELS } from '../../lib/modelForm';
import { ProblemList, ProblemText } from './ImportProblems';

const fieldLabel = (field: string) => FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? field;

/** The dry run: totals, whether the file can be imported, and every row (problems first). */
export function ImportPreview({
  result,
  fileName,
  importing,
  onImport,
}: {
  result: ImportResult;
  fileName: string;
  importing: boolean;
  onImport: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer to "Preview import": focus it, so the keyboard and screen reader (and the scroll) go there.
  useEffect(() => {
    heading.current?.focus();
  }, [result]);
  const ready = readiness(result);
  const rows = previewRows(result.rows);
  const ofFile = fileProblems(result.errors);
  const unit = result.format === 'json' ? 'item' : 'row';
  const fromFiles = result.rows.some((row) => row.file !== null);
  return (
    <section className="section" aria-labelledby="preview-title" data-testid="import-preview">
      <h2 id="preview-title" ref={heading} tabIndex={-1}>
        Preview of {fileName}
      </h2>
      <p className="muted">
        {plural(result.summary.rows, unit)} read from the {IMPORT_FORMAT_LABELS[result.format]}{' '}
        {fromFiles ? 'files' : 'file'}. This was a dry run: nothing has been written.
      </p>
      <ul className="tiles import-tiles" aria-label="What the import would do">
        {summaryTiles(result.summary).map(({ action, label, count }) => (
          <li key={action} className={`tile tile-import-${action}`} data-action={action}>
            <span className="tile-count">{count}</span>
            <span className="tile-label">{label}</span>
          </li>
        ))}
      </ul>

      {ready.kind === 'blocked' && (
        <div className="panel panel-error" role="alert" data-testid="import-blocked">
          <h3>
            {plural(ready.problems, 'problem')}
            {ready.rows > 0 && ` in ${plural(ready.rows, unit)}`}: nothing will be imported
          </h3>
          <p>
            Nothing is written until every problem is fixed. Correct the file (each problem below names its {unit} and
            column), then choose it again and preview it.
          </p>
          {ofFile.length > 0 && <ProblemList problems={ofFile} />}
        </div>
      )}
      {ready.kind === 'nothing' && (
        <div className="panel panel-info">
          <h3>Nothing to import</h3>
          <p>Every {unit} matches its model as it is now.</p>
        </div>
      )}
      {ready.kind === 'ready' && (
        <div className="panel panel-info import-ready">
          <h3>Ready to import</h3>
          <p>{readySentence(ready, unit)}</p>
          <button type="button" className="button-primary" disabled={importing} onClick={onImport}>
            {ready.writes > 0 ? `Import ${plural(ready.writes, unit)}` : 'Record the source identities'}
          </button>
        </div>
      )}

      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table import-table">
            <caption className="table-caption">
              {result.rows.length > rows.length
                ? `The first ${PREVIEW_ROW_LIMIT} of ${result.rows.length} ${unit}s, problems first.`
                : `Every ${unit}, problems first.`}{' '}
              {result.format === 'csv'
                ? 'Rows count from the first line after the header.'
                : result.format === 'json'
                  ? 'Items count from 1.'
                  : 'Rows count across the files, in the order they were sent.'}
            </caption>
            <thead>
              <tr>
                <th scope="col">{unit === 'row' ? 'Row' : 'Item'}</th>
                <th scope="col">Name</th>
                <th scope="col">Action</th>
                {fromFiles && <th scope="col">File</th>}
                <th scope="col">Changes and problems</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <PreviewRow key={row.row} row={row} showFile={fromFiles} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PreviewRow({ row, showFile }: { row: ImportRowPlan; showFile: boolean }) {
  return (
    <tr className={`import-row import-row-${row.action}`} data-row={row.row}>
      <th scope="row" className="import-row-number">
        {row.row}
      </th>
      <td className="name-cell">
        {row.name ? (
          row.modelId ? (
            <Link to={`/models/${row.modelId}`}>{row.name}</Link>
          ) : (
            row.name
          )
        ) : row.sourceRef ? (
          <span className="muted">{row.sourceRef}</span>
        ) : (
          <span className="muted">(no name)</span>
        )}
      </td>
      <td>
        <span className={`badge import-action import-action-${row.action}`}>{ACTION_LABELS[row.action]}</span>
      </td>
      {showFile && (
        <td className="import-file">
          <code>{row.file}</code>
        </td>
      )}
      <td className="import-details">
        {row.errors.length > 0 ? (
          <ul className="problem-list">
            {row.errors.map((error, index) => (
              <li key={`${error.column}-${index}`}>
                <ProblemText problem={error} />
              </li>
            ))}
          </ul>
        ) : row.action === 'create' ? (
          <details>
            <summary>New model ({plural(row.changes.length, 'field')})</summary>
            <ChangeList changes={row.changes} created />
          </details>
        ) : row.action === 'update' ? (
          <ChangeList changes={row.changes} />
        ) : row.action === 'skip' ? null : (
          <span className="muted">Matches the model as it is.</span>
        )}
        {row.notes.length > 0 && (
          <ul className="import-notes" aria-label="Notes">
            {row.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function ChangeList({ changes, created = false }: { changes: FieldChange[]; created?: boolean }) {
  return (
    <ul className="changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="change-field">{fieldLabel(change.field)}:</span>{' '}
          {created ? (
            formatValue(change.to)
          ) : (
            <>
              <span className="change-from">{formatValue(change.from)}</span> <span aria-label="changed to">→</span>{' '}
              <span className="change-to">{formatValue(change.to)}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
