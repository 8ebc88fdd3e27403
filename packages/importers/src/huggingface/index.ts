import type { ImportProblem } from '@mmt/domain';
import {
  frameworkFromTags,
  isFileProblem,
  modelDraft,
  numberRows,
  skipDraft,
  type MappingOptions,
  type RowDraft,
  type SourceFile,
  type SourceImport,
  type ModelDraft,
} from '../rows.js';
import { baseName } from '../text.js';
import { readCard, type CardReading } from './card.js';
import { readConfig, type ConfigReading } from './config.js';

/** A Hub repo id from a path in the Hub's cache layout: `…/models--google-bert--bert-base-uncased/snapshots/<sha>/config.json`. */
export function repoIdFromPath(path: string): string | undefined {
  const folder = path.split(/[\\/]/).find((part) => part.startsWith('models--'));
  const [owner, ...name] = folder?.slice('models--'.length).split('--') ?? [];
  return owner && name.length > 0 ? `${owner}/${name.join('--')}` : owner || undefined;
}

/** The folder of a file: its card and config describe the same model. */
const directoryOf = (path: string) => path.split(/[\\/]/).slice(0, -1).join('/');

interface ModelFiles {
  directory: string;
  firstFile: string;
  card?: CardReading;
  config?: ConfigReading;
}

function nameOf(
  group: ModelFiles,
  repoId: string | undefined,
  option: string | undefined,
  draft: RowDraft,
): string | undefined {
  if (option) return option;
  if (repoId) return repoId.split('/').pop();
  const folder = group.directory
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .pop();
  if (folder) {
    draft.notes.push(`named after its folder, ${folder}`);
    return folder;
  }
  draft.notes.push('a card or config names no model and this one has no folder: give the name option');
  return undefined;
}

/**
 * The framework, most certain first: the class the config names (TF…, Flax…) or its torch_dtype;
 * the card's library_name; the config's default (PyTorch); a single framework among the card's tags.
 */
function applyFramework(draft: ModelDraft, card: CardReading | undefined, config: ConfigReading | undefined) {
  const fromCard = card?.framework;
  if (config?.certain) {
    draft.fields.framework = config.framework;
    if (fromCard && fromCard !== config.framework)
      draft.notes.push(
        `library_name ${card?.library} says ${fromCard}, the config's ${config.framework} weights are kept`,
      );
    return;
  }
  if (fromCard) {
    draft.fields.framework = fromCard;
    draft.notes.push(`framework from library_name ${card?.library}`);
    return;
  }
  if (config) {
    draft.fields.framework = config.framework;
    return;
  }
  frameworkFromTags(draft, card?.tagFrameworks ?? [], "the card's");
}

/**
 * Hugging Face files → import rows: model cards (`README.md`) and `config.json` files. A card and a
 * config in the same folder are one model. Its Hub repo id, when the path shows it (the Hub's
 * cache layout), is its identity.
 */
export function mapHuggingFaceFiles(files: readonly SourceFile[], options: MappingOptions = {}): SourceImport {
  const problems: ImportProblem[] = [];
  const groups = new Map<string, ModelFiles>();
  const drafts: (RowDraft | ModelFiles)[] = [];
  const groupOf = (file: SourceFile) => {
    const directory = directoryOf(file.path);
    let group = groups.get(directory);
    if (!group) {
      group = { directory, firstFile: file.path };
      groups.set(directory, group);
      drafts.push(group);
    }
    return group;
  };
  for (const file of files) {
    const name = baseName(file.path).toLowerCase();
    if (name.endsWith('.md')) {
      const card = readCard(file);
      if (isFileProblem(card)) problems.push(card);
      else groupOf(file).card = card;
    } else if (name.endsWith('.json')) {
      const config = readConfig(file);
      if (isFileProblem(config)) problems.push(config);
      else if ('kind' in config) drafts.push(config);
      else groupOf(file).config = config;
    } else {
      drafts.push(skipDraft(file.path, `${file.path} is not a model card (README.md) or config.json: skipped`));
    }
  }

  // The name option names the model of a single-model upload.
  const name = groups.size === 1 ? options.name : undefined;
  const rows = drafts.map((entry): RowDraft => {
    if ('kind' in entry) return entry;
    const { card, config } = entry;
    const draft = modelDraft(entry.card?.file ?? entry.config?.file ?? entry.firstFile);
    const repoId = repoIdFromPath(entry.firstFile);
    if (repoId) draft.sourceRef = `huggingface:${repoId}`;
    const modelName = nameOf(entry, repoId, name, draft);
    if (modelName) draft.fields.name = modelName;
    draft.notes.push(...(card?.notes ?? []), ...(config?.notes ?? []));
    Object.assign(draft.fields, card?.fields);
    if (!draft.fields.task && config?.task) draft.fields.task = config.task;
    if (config?.modelType)
      draft.fields.tags = [...new Set([...(draft.fields.tags ?? []), config.modelType])].slice(0, 30);
    applyFramework(draft, card, config);
    return draft;
  });
  return { source: 'huggingface', rows: numberRows(rows), problems };
}
