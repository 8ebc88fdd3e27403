import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapSourceFiles, SOURCES, type SourceModelRow } from './index.js';
import { fixture } from './testing/fixtures.js';

const PATHS = ['models/x/MLmodel', 'export/model.json', 'x/README.md', 'x/config.json', 'catalog-info.yaml'];

describe('mapSourceFiles', () => {
  it('refuses a binary file by name and reads the others', () => {
    const result = mapSourceFiles('huggingface', [
      { path: 'x/model.safetensors', text: 'PK\u0003\u0004\u0000\u0000binary' },
      fixture('huggingface', 'customs-ner/README.md'),
    ]);
    expect(result.problems).toEqual([
      { row: 0, column: 'x/model.safetensors', message: 'x/model.safetensors is not a text file.' },
    ]);
    expect(result.rows.map((row) => row.kind)).toEqual(['model']);
  });

  it('reads a file that starts with a byte order mark', () => {
    const { text } = fixture('mlflow', 'export/sklearn_wine/model.json');
    const [row] = mapSourceFiles('mlflow', [{ path: 'model.json', text: `\uFEFF${text}` }]).rows as SourceModelRow[];
    expect(row?.fields.name).toBe('sklearn_wine');
  });

  // Whatever a user uploads, the answer is rows and problems naming files: never an exception (a 500).
  it.each(SOURCES)(
    'never throws on arbitrary files for %s',
    (source) => {
      const text = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.json().map((json) => json),
        fc
          .dictionary(
            fc.constantFrom('kind', 'metadata', 'spec', 'flavors', 'registered_model', 'library_name'),
            fc.jsonValue(),
          )
          .map((value) => JSON.stringify(value)),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }).map((lines) => `---\n${lines.join('\n')}\n---\n`),
      );
      fc.assert(
        fc.property(fc.array(fc.record({ path: fc.constantFrom(...PATHS), text }), { maxLength: 4 }), (files) => {
          const result = mapSourceFiles(source, files, { name: 'x' });
          for (const problem of result.problems) expect(PATHS).toContain(problem.column);
          expect(result.rows.map((row) => row.row)).toEqual(result.rows.map((_, index) => index + 1));
        }),
        { numRuns: 200 },
      );
      // A shared machine can be slow; a run here takes about a second.
    },
    30_000,
  );
});
