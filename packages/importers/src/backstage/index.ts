import type { ImportProblem } from '@mmt/domain';
import { fileProblem, numberRows, skipDraft, type RowDraft, type SourceFile, type SourceImport } from '../rows.js';
import { readYamlDocuments } from '../yaml-text.js';
import { modelRow, readEntity, servedRefs, servingStackOf, skipNote, type CatalogEntry } from './catalog.js';

/**
 * Backstage catalog files (`catalog-info.yaml`, several `---`-separated entities each) → import
 * rows. Model resources become models; model servers give the models they depend on their serving
 * stack; every other entity is a skipped row saying what it is. URLs in the files are recorded,
 * never fetched.
 */
export function mapBackstageFiles(files: readonly SourceFile[]): SourceImport {
  const problems: ImportProblem[] = [];
  const entries: (CatalogEntry | RowDraft)[] = [];
  for (const file of files) {
    for (const { index, result } of readYamlDocuments(file.text)) {
      if (result.ok) entries.push(readEntity(file.path, index, result.value));
      else
        problems.push(fileProblem(file.path, `${file.path}: document ${index} is not valid YAML (${result.error}).`));
    }
  }
  const catalog = entries.filter((entry): entry is CatalogEntry => 'entity' in entry);
  const models = catalog.filter((entry) => entry.role === 'model');
  const rowOf = new Map(models.map((entry) => [entry, modelRow(entry)]));
  // A server serves the first model of a reference (a repeated one is the planner's to refuse).
  const rows = new Map([...rowOf].reverse().map(([entry, row]) => [entry.ref, row]));

  const drafts = entries.map((entry): RowDraft => {
    if (!('entity' in entry)) return entry;
    if (entry.role === 'model') return rowOf.get(entry)!;
    if (entry.role === 'other')
      return { ...skipDraft(entry.file, skipNote(entry), entry.document), sourceRef: `backstage:${entry.ref}` };
    const stack = servingStackOf(entry);
    const served = servedRefs(entry, models);
    const notes = served.map((ref) => {
      const model = rows.get(ref);
      if (!model) return `depends on ${ref}, which is not a model in these files`;
      if (model.fields.servingStack && model.fields.servingStack !== stack) {
        model.notes.push(`also served by ${entry.entity.metadata.name} (${stack})`);
      } else {
        model.fields.servingStack = stack;
        model.notes.push(`servingStack ${stack} from Component ${entry.entity.metadata.name}`);
      }
      return `serves ${model.fields.name ?? ref}`;
    });
    const what = `Component ${entry.entity.metadata.name} (${entry.entity.spec?.type}) is a model server, not a model: skipped`;
    return {
      ...skipDraft(entry.file, what, entry.document),
      sourceRef: `backstage:${entry.ref}`,
      notes: [what, ...notes],
    };
  });
  return { source: 'backstage', rows: numberRows(drafts), problems };
}
