import type { Framework, ImportProblem } from '@mmt/domain';
import { parseLoosely } from '../loose-parse.js';
import { fileProblem, skipDraft, type SourceFile, type SkipDraft } from '../rows.js';
import { readText } from '../text.js';
import { isMapping, readJson } from '../yaml-text.js';
import { modelConfigSchema } from './config.schema.js';

/** What a `config.json` says. `certain`: the weights' framework is written in it, not inferred. */
export interface ConfigReading {
  file: string;
  framework: Framework;
  certain: boolean;
  modelType?: string;
  task?: string;
  notes: string[];
}

/** `BertForSequenceClassification` → `sequence classification`. */
function taskOf(architecture: string): string | undefined {
  const head = /For([A-Z]\w+)$/.exec(architecture)?.[1];
  return head
    ?.replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/LM$/, ' LM')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a transformers `config.json`. TensorFlow and Flax classes carry their framework in their
 * name (`TFBertModel`, `FlaxBertModel`), and PyTorch saves write `torch_dtype`; a config with
 * neither is read as transformers' default, PyTorch. A JSON file that is not a model config
 * (a tokenizer's, a package's) is skipped with a note.
 */
export function readConfig(file: SourceFile): ConfigReading | SkipDraft | ImportProblem {
  const json = readJson(file.text);
  if (!json.ok) return fileProblem(file.path, `${file.path} is not valid JSON: ${json.error}.`);
  const notConfig = () =>
    skipDraft(file.path, `${file.path} is not a model config (no model_type or architectures): skipped`);
  if (!isMapping(json.value)) return notConfig();
  const notes: string[] = [];
  const config = parseLoosely(modelConfigSchema, json.value, 'config', notes);
  const architecture = config?.architectures?.[0];
  const modelType = readText(config?.model_type, 'model_type', notes);
  if (!config || (!architecture && !modelType)) return notConfig();
  const version = readText(config.transformers_version, 'transformers_version', notes);
  const saved = version ? `saved by transformers ${version}` : 'saved by transformers';
  const reading = (framework: Framework, certain: boolean, why: string): ConfigReading => {
    notes.push(`${why} (${saved}; the framework's own version is not recorded)`);
    return { file: file.path, framework, certain, modelType, task: architecture && taskOf(architecture), notes };
  };
  if (architecture?.startsWith('TF')) return reading('tensorflow', true, `TensorFlow class ${architecture}`);
  if (architecture?.startsWith('Flax')) return reading('jax', true, `Flax class ${architecture}`);
  if (config.torch_dtype || config.dtype) return reading('pytorch', true, 'PyTorch weights (torch_dtype)');
  return reading('pytorch', false, "PyTorch, transformers' default");
}
