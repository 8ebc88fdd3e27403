// The API's types for the command's client, from the committed openapi.json (openapi-typescript):
// `npm run openapi` writes src/generated/api.d.ts; `--check` fails when that file no longer matches.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const path = (relative) => join(import.meta.dirname, relative);
const document = path('../../../openapi.json');
const output = path('../src/generated/api.d.ts');

const HEADER =
  '// Generated from openapi.json by packages/cli/scripts/generate-client.mjs (npm run openapi). Do not edit.\n\n';
const types = HEADER + astToString(await openapiTS(JSON.parse(await readFile(document, 'utf8'))));

if (process.argv.includes('--check')) {
  const committed = await readFile(output, 'utf8').catch(() => '');
  if (committed !== types) {
    console.error(
      'packages/cli/src/generated/api.d.ts does not match openapi.json: run `npm run openapi` and commit both.',
    );
    process.exit(1);
  }
} else {
  await writeFile(output, types);
  console.log(`[mmt] Wrote ${output}`);
}
