import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the command line’s API client', () => {
  it('is typed from the committed openapi.json (npm run openapi writes both)', async () => {
    const check = promisify(execFile)(process.execPath, ['packages/cli/scripts/generate-client.mjs', '--check'], {
      cwd: ROOT,
    });
    await expect(check).resolves.toMatchObject({ stderr: '' });
  });
});
