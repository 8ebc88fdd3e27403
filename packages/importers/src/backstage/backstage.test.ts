import { describe, expect, it } from 'vitest';
import type { SourceFields, SourceModelRow, SourceRow } from '../rows.js';
import { fixture } from '../testing/fixtures.js';
import { mapBackstageFiles } from './index.js';

const file = (path: string) => fixture('backstage', path);
const byDocument = (rows: readonly SourceRow[], document: number) => rows.find((row) => row.document === document);

describe('mapBackstageFiles: a team catalog of many kinds', () => {
  const result = mapBackstageFiles([file('nlp-platform/catalog-info.yaml')]);

  it('reads every document but the empty last one, in order, and nothing is a problem', () => {
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.row, row.document, row.kind])).toEqual([
      [1, 1, 'skip'],
      [2, 2, 'skip'],
      [3, 3, 'model'],
      [4, 4, 'model'],
      [5, 5, 'model'],
      [6, 6, 'skip'],
      [7, 7, 'skip'],
      [8, 8, 'skip'],
      [9, 9, 'skip'],
      [10, 10, 'skip'],
      [11, 11, 'skip'],
      [12, 12, 'skip'],
    ]);
  });

  it.each<[number, string | null, SourceFields, SourceFields, (string | RegExp)[]]>([
    [
      3,
      'backstage:resource:default/customs-ner',
      {
        name: 'Customs NER pipeline',
        team: 'nlp-platform',
        lifecycle: 'production',
        framework: 'pytorch',
        description: 'Tags parties, goods and places in customs declarations.',
        tags: ['ner', 'pytorch'],
        repoUrl: 'https://github.com/example-org/customs-ner/tree/main/',
        servingStack: 'triton',
      },
      {},
      [
        'framework from its tags',
        'annotation mlflow.org/registered-model: customs-ner-tagger',
        'servingStack triton from Component ner-serving',
      ],
    ],
    [
      4,
      'backstage:resource:default/hs-code-classifier',
      {
        name: 'hs-code-classifier',
        team: 'trade-compliance',
        lifecycle: 'deprecated',
        framework: 'tensorflow',
        description: 'Assigns Harmonized System codes to declarations.',
        tags: ['tensorflow', 'legacy'],
        servingStack: 'tf-serving',
      },
      {},
      ['servingStack tf-serving from Component tf-serving-gateway'],
    ],
    [
      5,
      'backstage:resource:default/sentence-embedder',
      {
        name: 'sentence-embedder',
        team: 'nlp-platform',
        lifecycle: 'research',
        repoUrl: 'https://github.com/example-org/sentence-embedder',
      },
      { framework: 'unknown' },
      ['framework not declared: imported as unknown'],
    ],
  ])('document %i is a model', (document, sourceRef, fields, createOnly, notes) => {
    const row = byDocument(result.rows, document) as SourceModelRow;
    expect(row.sourceRef).toBe(sourceRef);
    expect(row.fields).toEqual(fields);
    expect(row.createOnly).toEqual(createOnly);
    for (const note of notes)
      expect(row.notes).toContainEqual(typeof note === 'string' ? note : expect.stringMatching(note));
  });

  it.each<[number, string[]]>([
    [1, ['System customs-nlp: not a model, skipped']],
    [2, ['Group of type team: not a model, skipped']],
    [
      6,
      [
        'Component ner-serving (model-server) is a model server, not a model: skipped',
        'serves Customs NER pipeline',
        'depends on resource:default/vanished-model, which is not a model in these files',
      ],
    ],
    [
      7,
      ['Component tf-serving-gateway (service) is a model server, not a model: skipped', 'serves hs-code-classifier'],
    ],
    [8, ['Component of type library: not a model, skipped']],
    [9, ['API of type openapi: not a model, skipped']],
    [10, ['Resource of type database: not a model, skipped']],
    [11, ['document 11 has no kind: not a Backstage entity, skipped']],
    [12, ['Location more-models: not a model, skipped (its targets are never fetched)']],
  ])('document %i is skipped, saying what it is', (document, notes) => {
    expect(byDocument(result.rows, document)?.notes).toEqual(notes);
  });
});

describe('mapBackstageFiles: namespaces, users, odd values', () => {
  const result = mapBackstageFiles([file('search/catalog-info.yaml')]);
  const [intent, spell] = result.rows as SourceModelRow[];

  it('resolves references in the entity namespace, and a server with no stack tag names itself', () => {
    expect(intent?.sourceRef).toBe('backstage:resource:search/query-intent');
    expect(intent?.fields).toMatchObject({
      name: 'Query intent classifier',
      team: 'jdoe',
      servingStack: 'search-models',
    });
    expect(intent?.notes).toEqual(
      expect.arrayContaining([
        'owned by a user, jdoe: recorded as the team',
        'spec.lifecycle beta is not a lifecycle the tracker knows: not imported',
        'its tags name several frameworks (pytorch, tensorflow): framework not declared: imported as unknown',
      ]),
    );
    expect(intent?.fields).not.toHaveProperty('lifecycle');
    expect(intent?.createOnly).toEqual({ framework: 'unknown' });
  });

  it('reads a framework the spec states', () => {
    expect(spell?.fields).toMatchObject({
      team: 'search-team',
      framework: 'sklearn',
      frameworkVersion: '0.22',
      lifecycle: 'production',
    });
  });

  it('links a server in one file to a model in another', () => {
    const server = {
      path: 'serving/catalog-info.yaml',
      text: [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata: { name: embedder-api, tags: [torchserve] }',
        'spec: { type: service, owner: nlp-platform, dependsOn: [resource:default/sentence-embedder] }',
      ].join('\n'),
    };
    const rows = mapBackstageFiles([file('nlp-platform/catalog-info.yaml'), server]).rows;
    const embedder = rows.find((row) => row.sourceRef === 'backstage:resource:default/sentence-embedder');
    expect(embedder?.kind === 'model' && embedder.fields.servingStack).toBe('torchserve');
  });

  it('treats template placeholders as absent: no name, no owner, no identity', () => {
    const [row] = mapBackstageFiles([file('skeleton/catalog-info.yaml')]).rows as SourceModelRow[];
    expect(row?.sourceRef).toBeNull();
    expect(row?.fields).toEqual({ lifecycle: 'research' });
    expect(row?.notes).toEqual(
      expect.arrayContaining([
        'metadata.name is a template placeholder ("${{ values.name | dump }}"): ignored',
        'metadata.title is a template placeholder ("{{ cookiecutter.model_title }}"): ignored',
        'spec.owner is a template placeholder ("${{ values.owner }}"): ignored',
      ]),
    );
  });

  it('names the file and document of invalid YAML, and still reads the others', () => {
    const broken = mapBackstageFiles([file('broken.yaml')]);
    expect(broken.problems).toEqual([
      {
        row: 0,
        column: 'broken.yaml',
        message: expect.stringMatching(/^broken\.yaml: document 2 is not valid YAML \(/),
      },
    ]);
    expect(broken.rows.map((row) => row.kind === 'model' && row.fields.name)).toEqual(['good-model']);
  });
});
