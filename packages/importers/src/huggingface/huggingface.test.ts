import { describe, expect, it } from 'vitest';
import type { SourceFields, SourceModelRow, SourceRow } from '../rows.js';
import { fixture } from '../testing/fixtures.js';
import { firstParagraph } from './card.js';
import { mapHuggingFaceFiles, repoIdFromPath } from './index.js';

const file = (path: string) => fixture('huggingface', path);
const models = (rows: readonly SourceRow[]) => rows.filter((row): row is SourceModelRow => row.kind === 'model');
const DISTILBERT =
  'hub/models--distilbert--distilbert-base-uncased-finetuned-sst-2-english/snapshots/714eb0fa89d2f80546fda750413ed43d93601a13';

interface Case {
  name: string;
  files: string[];
  sourceRef: string | null;
  fields: SourceFields;
  createOnly?: SourceFields;
  notes: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'a card with no library_name beside its config: transformers on PyTorch, named after its folder',
    files: ['bert-base-uncased/README.md', 'bert-base-uncased/config.json'],
    sourceRef: null,
    fields: {
      name: 'bert-base-uncased',
      framework: 'pytorch',
      task: 'masked lm',
      tags: ['exbert', 'license:apache-2.0', 'bert'],
      description: expect.stringMatching(/^Pretrained model on English language using a masked language modeling/),
    },
    notes: [
      'named after its folder, bert-base-uncased',
      "PyTorch, transformers' default (saved by transformers 4.6.0.dev0; the framework's own version is not recorded)",
    ],
  },
  {
    name: "files in the Hub's cache layout: the repo id is the identity; model-index is ignored",
    files: [`${DISTILBERT}/README.md`, `${DISTILBERT}/config.json`],
    sourceRef: 'huggingface:distilbert/distilbert-base-uncased-finetuned-sst-2-english',
    fields: {
      name: 'distilbert-base-uncased-finetuned-sst-2-english',
      framework: 'pytorch',
      task: 'sequence classification',
      tags: ['license:apache-2.0', 'distilbert'],
      description: expect.stringMatching(
        /^Model Description: This model is a fine-tune checkpoint of DistilBERT-base-uncased, fine-tuned on SST-2\./,
      ),
    },
    notes: [],
  },
  {
    name: 'library_name transformers, pipeline_tag as the task, base_model noted',
    files: ['customs-ner/README.md'],
    sourceRef: null,
    fields: {
      name: 'customs-ner',
      framework: 'pytorch',
      task: 'token classification',
      tags: ['ner', 'customs', 'generated_from_trainer', 'license:mit'],
      description:
        'This model is a fine-tuned version of FacebookAI/xlm-roberta-base on the customs declarations dataset.',
    },
    notes: ['framework from library_name transformers', 'fine-tuned from FacebookAI/xlm-roberta-base'],
  },
  {
    name: 'a card with no metadata: unknown, to triage',
    files: ['no-metadata/README.md'],
    sourceRef: null,
    fields: { name: 'no-metadata', description: expect.stringMatching(/^Matches goods descriptions to tariff lines/) },
    createOnly: { framework: 'unknown' },
    notes: ['the card has no metadata block', 'framework not declared: imported as unknown'],
  },
  {
    name: "a TensorFlow class in the config beats the card's library_name",
    files: ['tf-classifier/README.md', 'tf-classifier/config.json'],
    sourceRef: null,
    fields: {
      name: 'tf-classifier',
      framework: 'tensorflow',
      task: 'text classification',
      tags: ['keras', 'bert'],
    },
    notes: [
      "library_name transformers says pytorch, the config's tensorflow weights are kept",
      /^TensorFlow class TFBertForSequenceClassification \(saved by transformers 4\.30\.2;/,
    ],
  },
  {
    name: 'tags naming several frameworks say nothing about which one runs',
    files: ['multi-framework/README.md'],
    sourceRef: null,
    fields: {
      name: 'multi-framework',
      description: 'Weights for PyTorch, TensorFlow and JAX.',
      tags: ['pytorch', 'tf', 'jax', 'text-classification', 'license:apache-2.0'],
    },
    createOnly: { framework: 'unknown' },
    notes: [
      "the card's tags name several frameworks (pytorch, tensorflow, jax): framework not declared: imported as unknown",
    ],
  },
];

describe('mapHuggingFaceFiles', () => {
  it.each(cases)('$name', (c) => {
    const result = mapHuggingFaceFiles(c.files.map(file));
    expect(result.problems).toEqual([]);
    const [row, ...others] = models(result.rows);
    expect(others).toEqual([]);
    expect(row?.sourceRef).toBe(c.sourceRef);
    expect(row?.fields).toEqual(c.fields);
    expect(row?.createOnly).toEqual(c.createOnly ?? {});
    for (const note of c.notes) {
      expect(row?.notes).toContainEqual(typeof note === 'string' ? note : expect.stringMatching(note));
    }
  });

  it.each<[string, string | null, string]>([
    ['transformers', 'pytorch', ''],
    ['timm', 'pytorch', ''],
    ['sentence-transformers', 'pytorch', ''],
    ['diffusers', 'pytorch', ''],
    ['peft', 'pytorch', ''],
    ['keras', 'keras', ''],
    ['tf-keras', 'tensorflow', ''],
    ['flax', 'jax', ''],
    ['sklearn', 'sklearn', ''],
    ['onnx', 'onnx', ''],
    ['gguf', null, 'library_name gguf is not a library whose framework is known'],
    ['{{ library_name }}', null, 'library_name is a template placeholder ("{{ library_name }}"): ignored'],
  ])('library_name %s → %s', (library, framework, note) => {
    const card = { path: 'm/README.md', text: `---\nlibrary_name: "${library}"\n---\n` };
    const [row] = models(mapHuggingFaceFiles([card]).rows);
    if (framework) expect(row?.fields.framework).toBe(framework);
    else {
      expect(row?.fields.framework).toBeUndefined();
      expect(row?.createOnly.framework).toBe('unknown');
      expect(row?.notes).toContain(note);
    }
  });

  it('names the model of a single-model upload with the name option', () => {
    const result = mapHuggingFaceFiles([{ path: 'config.json', text: file('tf-classifier/config.json').text }], {
      name: 'Invoice line classifier',
    });
    expect(models(result.rows)[0]?.fields.name).toBe('Invoice line classifier');
  });

  it('skips JSON that is not a model config, and files that are neither card nor config', () => {
    const result = mapHuggingFaceFiles([
      file('customs-ner/tokenizer_config.json'),
      { path: 'customs-ner/vocab.txt', text: 'hello\nworld\n' },
      { path: 'package.json', text: '[1, 2]' },
    ]);
    expect(result.rows.map((row) => [row.kind, row.notes])).toEqual([
      ['skip', ['customs-ner/tokenizer_config.json is not a model config (no model_type or architectures): skipped']],
      ['skip', ['customs-ner/vocab.txt is not a model card (README.md) or config.json: skipped']],
      ['skip', ['package.json is not a model config (no model_type or architectures): skipped']],
    ]);
  });

  it.each<[string, { path: string; text: string }, RegExp]>([
    [
      'a card whose front matter is not YAML',
      file('broken/README.md'),
      /^broken\/README\.md: its front matter is not valid YAML \(/,
    ],
    [
      'a config that is not JSON',
      { path: 'x/config.json', text: '{"model_type": "bert",' },
      /^x\/config\.json is not valid JSON: /,
    ],
  ])('refuses %s with a problem naming the file', (_name, input, message) => {
    const result = mapHuggingFaceFiles([input]);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([{ row: 0, column: input.path, message: expect.stringMatching(message) }]);
  });
});

describe('repoIdFromPath', () => {
  it.each([
    ['hub/models--google-bert--bert-base-uncased/snapshots/abc/config.json', 'google-bert/bert-base-uncased'],
    ['models--gpt2/snapshots/abc/README.md', 'gpt2'],
    ['bert-base-uncased/README.md', undefined],
  ])('%s → %s', (path, id) => expect(repoIdFromPath(path)).toBe(id));
});

describe('firstParagraph', () => {
  it.each([
    ['# Title\n\nFirst words.\n\nSecond.', 'First words.'],
    ['## Heading\nRight under it.', 'Right under it.'],
    ['- a list\n\n| a | table |\n\n```\ncode\n```\n\n![img](x.png)\n\nProse at last.', 'Prose at last.'],
    ['# Only a title', undefined],
  ])('%j → %j', (body, paragraph) => expect(firstParagraph(body)).toBe(paragraph));
});
