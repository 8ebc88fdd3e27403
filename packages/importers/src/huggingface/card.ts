import { hubLibraryFramework, type Framework, type ImportProblem } from '@mmt/domain';
import { readFrontMatter } from '../front-matter.js';
import { parseLoosely } from '../loose-parse.js';
import { fileProblem, type SourceFields, type SourceFile } from '../rows.js';
import { fitTags, readText } from '../text.js';
import { isMapping } from '../yaml-text.js';
import { cardMetadataSchema } from './card.schema.js';

/** What a model card says. `framework` comes from `library_name`; `tagFrameworks` from its tags. */
export interface CardReading {
  file: string;
  fields: SourceFields;
  framework?: Framework;
  library?: string;
  tagFrameworks: Framework[];
  notes: string[];
}

const list = (value: string | readonly (string | number)[] | null | undefined): unknown[] =>
  value === null || value === undefined ? [] : typeof value === 'string' ? [value] : [...value];

/**
 * The card's first paragraph of prose: the text under the title, not a heading, list, table,
 * quote, code, image or HTML. At most 500 characters, cut at a sentence when it can be.
 */
export function firstParagraph(body: string): string | undefined {
  const withoutCode = body.replace(/```[\s\S]*?```/g, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const block of withoutCode.split(/\r?\n\s*\r?\n/)) {
    // A heading may sit right above its paragraph, with no blank line between.
    const text = block
      .trim()
      .split(/\r?\n/)
      .filter((line, index, lines) => !lines.slice(0, index + 1).every((above) => /^\s*#/.test(above)))
      .join('\n')
      .trim();
    if (text === '' || /^([-*+] |\d+\. |\||>|!\[|<|\[!)/.test(text)) continue;
    const plain = text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ');
    if (plain.length <= 500) return plain;
    const cut = plain.slice(0, 500);
    const sentenceEnd = cut.lastIndexOf('. ');
    return sentenceEnd > 200 ? cut.slice(0, sentenceEnd + 1) : `${cut.trimEnd()}…`;
  }
  return undefined;
}

/** Reads a model card (`README.md` with YAML front matter); a front matter that is not YAML names the file. */
export function readCard(file: SourceFile): CardReading | ImportProblem {
  const { metadata, body } = readFrontMatter(file.text);
  const reading: CardReading = { file: file.path, fields: {}, tagFrameworks: [], notes: [] };
  const { notes, fields } = reading;
  const description = firstParagraph(body);
  if (description) fields.description = description;
  if (metadata === null) {
    notes.push('the card has no metadata block');
    return reading;
  }
  if (!metadata.ok)
    return fileProblem(file.path, `${file.path}: its front matter is not valid YAML (${metadata.error}).`);
  if (!isMapping(metadata.value)) {
    notes.push('the card metadata is not a mapping of fields: ignored');
    return reading;
  }
  const card = parseLoosely(cardMetadataSchema, metadata.value, 'card metadata', notes);
  if (!card) return reading;

  const library = readText(card.library_name, 'library_name', notes);
  if (library) {
    reading.library = library;
    reading.framework = hubLibraryFramework(library)?.framework;
    if (!reading.framework) notes.push(`library_name ${library} is not a library whose framework is known`);
  }
  const task = readText(card.pipeline_tag, 'pipeline_tag', notes);
  if (task) fields.task = task.replace(/-/g, ' ');
  for (const base of list(card.base_model)) {
    const model = readText(base, 'base_model', notes);
    if (model) notes.push(`fine-tuned from ${model}`);
  }
  const tags = list(card.tags);
  reading.tagFrameworks = [
    ...new Set(
      tags
        .flatMap((tag) => (typeof tag === 'string' ? [hubLibraryFramework(tag)?.framework] : []))
        .filter((f) => f !== undefined),
    ),
  ];
  const license = readText(card.license, 'license', notes);
  const kept = fitTags([...tags, ...(license ? [`license:${license}`] : [])], notes);
  if (kept.length > 0) fields.tags = kept;
  return reading;
}
