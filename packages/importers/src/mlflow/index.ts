import type { ImportProblem } from '@mmt/domain';
import {
  frameworkNotDeclared,
  isFileProblem,
  numberRows,
  type MappingOptions,
  type RowDraft,
  type SourceFile,
  type SourceImport,
} from '../rows.js';
import { baseName } from '../text.js';
import { applyMlmodel, mlmodelRow, readMlmodel, type MlmodelReading } from './mlmodel.js';
import { readModelExport, type ExportReading } from './model-export.js';

type Reading =
  | { kind: 'export'; reading: ExportReading }
  | { kind: 'mlmodel'; reading: MlmodelReading }
  | { kind: 'row'; draft: RowDraft };

const looksLikeJson = (file: SourceFile) => /\.json$/i.test(file.path) || /^\s*[[{]/.test(file.text);

function read(file: SourceFile): Reading | ImportProblem {
  if (baseName(file.path).toLowerCase() !== 'mlmodel' && looksLikeJson(file)) {
    const reading = readModelExport(file);
    if (isFileProblem(reading)) return reading;
    return 'runIds' in reading ? { kind: 'export', reading } : { kind: 'row', draft: reading };
  }
  const reading = readMlmodel(file);
  return isFileProblem(reading) ? reading : { kind: 'mlmodel', reading };
}

/**
 * MLflow files → import rows: registered-model exports (`model.json` of mlflow-export-import) and
 * `MLmodel` files. An MLmodel logged by a run of an exported model's version gives that model its
 * framework (no row of its own); any other MLmodel is a model of its own.
 */
export function mapMlflowFiles(files: readonly SourceFile[], options: MappingOptions = {}): SourceImport {
  const problems: ImportProblem[] = [];
  const readings: Reading[] = [];
  for (const file of files) {
    const reading = read(file);
    if (isFileProblem(reading)) problems.push(reading);
    else readings.push(reading);
  }

  const mlmodels = readings.flatMap((reading) => (reading.kind === 'mlmodel' ? [reading.reading] : []));
  const used = new Set<MlmodelReading>();
  for (const reading of readings) {
    if (reading.kind !== 'export') continue;
    const { draft, runIds } = reading.reading;
    const match = runIds
      .map((runId) => mlmodels.find((mlmodel) => mlmodel.runId === runId && !used.has(mlmodel)))
      .find((mlmodel) => mlmodel !== undefined);
    if (match) {
      used.add(match);
      draft.notes.push(...match.notes, `framework from ${match.file} (run ${match.runId})`);
      applyMlmodel(draft, match);
    } else if (!draft.fields.framework) {
      frameworkNotDeclared(draft);
      draft.notes.push("upload the MLmodel of its current version's run with it to read the framework");
    }
  }

  const standalone = mlmodels.filter((mlmodel) => !used.has(mlmodel));
  // The name option names the model of a single-model upload; with several it would name them all alike.
  const name =
    standalone.length === 1 && readings.every((reading) => reading.kind === 'mlmodel') ? options.name : undefined;
  const drafts = readings.flatMap((reading): RowDraft[] => {
    if (reading.kind === 'export') return [reading.reading.draft];
    if (reading.kind === 'row') return [reading.draft];
    return used.has(reading.reading) ? [] : [mlmodelRow(reading.reading, name)];
  });
  return { source: 'mlflow', rows: numberRows(drafts), problems };
}
