// Runs `prisma generate` without network access. Generation never runs the schema engine, but the
// CLI's pre-check wants a path to one and would otherwise try to download it: any existing
// executable satisfies it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(repoRoot, 'package.json'));
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= process.execPath;

const child = spawn(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], {
  cwd: repoRoot,
  env,
  stdio: 'inherit',
});
child.on('error', (error) => {
  console.error(`Could not run prisma generate: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) console.error(`prisma generate was killed by ${signal}`);
  process.exit(code ?? 1);
});
