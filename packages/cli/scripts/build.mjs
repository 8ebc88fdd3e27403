// Bundles the mmt command into one self-contained file that runs with plain `node`: dist/mmt.mjs.
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const path = (relative) => join(import.meta.dirname, relative);
// The command reports the version of the product it ships with (the server serves this file).
const { version } = JSON.parse(await readFile(path('../../../package.json'), 'utf8'));
const outfile = path('../dist/mmt.mjs');

await build({
  entryPoints: [path('../src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22.12',
  // Some dependencies are CommonJS and require Node's built-in modules: give them a `require`.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __mmtCreateRequire } from 'node:module';",
      'const require = __mmtCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  define: { __MMT_VERSION__: JSON.stringify(version) },
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
