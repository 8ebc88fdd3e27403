import type { components } from '../generated/api.js';

type ImportResult = components['schemas']['ImportResult'];
type RowPlan = ImportResult['rows'][number];

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null));

function rowLine(row: RowPlan): string {
  const action = row.action.padEnd(9);
  if (row.action !== 'update') return `${action} ${row.name}`;
  const changes = row.changes.map((change) => `${change.field}: ${shown(change.from)} → ${shown(change.to)}`);
  return `${action} ${row.name}: ${changes.join(', ')}`;
}

/** The plan (or what was done) as people read it: a line per model, then the counts. */
export function formatApplyResult(result: ImportResult): string[] {
  const { create, update, unchanged } = result.summary;
  const counts = `${create} to create, ${update} to update, ${unchanged} unchanged`;
  return [
    ...result.rows.map(rowLine),
    result.committed
      ? `Applied: ${counts.replace('to create', 'created').replace('to update', 'updated')}.`
      : `Dry run: ${counts}; nothing was written.`,
  ];
}

/** The same as one JSON document: each model with its index in the file. */
export function applyResultJson(result: ImportResult) {
  return {
    dryRun: result.dryRun,
    applied: result.committed,
    summary: result.summary,
    models: result.rows.map((row) => ({
      index: row.row - 1,
      name: row.name,
      action: row.action,
      modelId: row.modelId,
      changes: row.changes,
    })),
  };
}
