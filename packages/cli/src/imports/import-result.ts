import type { components } from '../generated/api.js';

type ImportResult = components['schemas']['ImportResult'];
type RowPlan = ImportResult['rows'][number];

const shown = (value: unknown) => JSON.stringify(value ?? null);

function rowLines(row: RowPlan): string[] {
  // A skipped entry (not a model) has no name: its file says where it was.
  const what = row.name ? `${row.name}${row.file ? ` (${row.file})` : ''}` : (row.file ?? `row ${row.row}`);
  const changes =
    row.action === 'update'
      ? `: ${row.changes.map((change) => `${change.field}: ${shown(change.from)} → ${shown(change.to)}`).join(', ')}`
      : '';
  return [`${row.action.padEnd(9)} ${what}${changes}`, ...row.notes.map((note) => `          ${note}`)];
}

/** The plan (or what was done) as people read it: a line per model with its notes, then the counts. */
export function formatImportResult(result: ImportResult): string[] {
  const { create, update, unchanged, skip } = result.summary;
  const done = result.committed;
  const counts = [
    `${create} ${done ? 'created' : 'to create'}`,
    `${update} ${done ? 'updated' : 'to update'}`,
    `${unchanged} unchanged`,
    ...(skip > 0 ? [`${skip} skipped`] : []),
  ].join(', ');
  return [...result.rows.flatMap(rowLines), done ? `Applied: ${counts}.` : `Dry run: ${counts}; nothing was written.`];
}

/** The same as one JSON document. */
export function importResultJson(result: ImportResult) {
  return {
    dryRun: result.dryRun,
    applied: result.committed,
    format: result.format,
    summary: result.summary,
    models: result.rows.map(({ row, name, action, modelId, changes, file, sourceRef, notes }) => ({
      index: row - 1,
      name,
      action,
      modelId,
      changes,
      file,
      sourceRef,
      notes,
    })),
  };
}
