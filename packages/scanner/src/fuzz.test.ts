import { scanFindingsSchema } from '@mmt/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS } from './file-kinds.js';
import { scanFile } from './scan-file.js';
import { summarizeScan } from './summarize.js';

/** Text made of the characters the formats care about, so the parsers meet their own syntax half-built. */
const syntax = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...['\n', '\\\n', '#', '"', "'", '"""', '(', ')', '[', ']', '{', '}', ':', '=', '==', '>=', ',', ';', '.'],
        ...['import ', 'from ', ' as ', 'tf', 'tensorflow', 'torch', 'contrib', 'Session', 'f"{', '-r ', '---\n'],
        ...['FROM ', 'RUN pip install ', 'dependencies:\n  - ', 'flavors:\n  ', 'install_requires=', '[project]\n'],
        ...['1.15', '${V}', '\t', ' ', 'keras'],
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('the scanner on any text', () => {
  it('never throws, and its findings always fit the schema', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILE_KINDS), syntax, (kind, text) => {
        const found = scanFile('file', text, kind);
        const findings = summarizeScan({ root: '/r', filesScanned: 1, files: found ? [found] : [] });
        expect(scanFindingsSchema.safeParse(findings).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
