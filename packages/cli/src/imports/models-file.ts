import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createModelSchema } from '@mmt/domain';
import { parse, YAMLParseError } from 'yaml';
import { CliError, EXIT } from '../cli-error.js';
import { reasonOf } from '../scan/walk.js';

/** One problem with one model of the file: `index` counts from 0, as `models[index]` reads (-1: the whole file). */
export interface ItemProblem {
  index: number;
  name: string | null;
  field: string;
  message: string;
}

// A field the file does not name keeps its value on an update, or its default on a create (the server decides which).
const itemSchema = createModelSchema.partial();

// Versions are text: `frameworkVersion: 1.10` is "1.10", not the number 1.1.
const WITHOUT_NUMBERS = ['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float'];

function parseText(file: string, text: string): unknown {
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`, EXIT.usage);
    }
  }
  try {
    return parse(text, {
      customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || !WITHOUT_NUMBERS.includes(tag.tag)),
    });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new CliError(
        `${file} is not valid YAML${at ? ` (line ${at.line})` : ''}: ${error.message.split('\n')[0]}`,
        EXIT.usage,
      );
    }
    throw error;
  }
}

/** The models a file lists: a list, or `models:` holding one (the JSON status report's shape). */
function itemsOf(file: string, data: unknown): unknown[] {
  const items = Array.isArray(data) ? data : (data as { models?: unknown } | null)?.models;
  if (!Array.isArray(items)) {
    throw new CliError(`${file} must hold a list of models, or a "models:" list`, EXIT.usage);
  }
  if (items.length === 0) throw new CliError(`${file} lists no models`, EXIT.usage);
  return items;
}

const nameOf = (item: unknown): string | null => {
  const name = (item as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
};

/** Each model's problems by the domain's own field rules, before anything is sent. */
export function checkItems(items: readonly unknown[]): ItemProblem[] {
  return items.flatMap((item, index) => {
    const name = nameOf(item);
    const problems: ItemProblem[] =
      name === null ? [{ index, name, field: 'name', message: 'is required: models are applied by name' }] : [];
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues.flatMap((issue) =>
          issue.code === 'unrecognized_keys'
            ? issue.keys.map((key) => ({ index, name, field: key, message: 'is not a field of a model' }))
            : [{ index, name, field: issue.path.join('.') || '(model)', message: issue.message }],
        ),
      );
    }
    return problems;
  });
}

/** Reads a YAML or JSON file of models; unreadable or malformed files are usage errors. */
export async function readModelsFile(file: string): Promise<{ items: unknown[]; names: (string | null)[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${reasonOf(error)}`, EXIT.usage);
  }
  const items = itemsOf(file, parseText(file, text));
  return { items, names: items.map(nameOf) };
}

/** How a problem reads: `models[2] (Churn model) framework: …`. */
export const describeProblem = ({ index, name, field, message }: ItemProblem) =>
  index < 0 ? `the file: ${message}` : `models[${index}]${name ? ` (${name})` : ''} ${field}: ${message}`;
