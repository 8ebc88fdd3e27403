// npm run build (and npm start before the server): every workspace, in dependency order, each step
// skipped when what it is built from has not changed since its last build — decided by contents,
// never by file times:
//  - TypeScript builds with `tsc --build`: its build info holds a hash of every input, so it rebuilds
//    what changed and what depends on it, and does nothing when all is up to date;
//  - steps whose tool keeps no such record (prisma generate, vite build, a bundle) run only when the
//    hash of their inputs differs from the one stored in their output when they last succeeded.
// MMT_FORCE_BUILD=1 rebuilds everything. A new workspace adds a step below: its inputs, its output
// directory and its command.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const force = process.env.MMT_FORCE_BUILD === '1';

/** Built by a tool that keeps its own record of its inputs: it always runs and decides itself. */
const tracked = (name, command) => ({ name, command });

/** Built by a tool that keeps no such record: skipped while its inputs hash as they did last time. */
const hashed = (name, { inputs, output, command, cwd = '.' }) => ({ name, command, cwd, inputs, output });

const STEPS = [
  hashed('Prisma client', {
    inputs: [
      'prisma/schema.prisma',
      'prisma.config.ts',
      'node_modules/prisma/package.json',
      'scripts/prisma-generate.mjs',
    ],
    output: 'apps/api/src/generated/prisma',
    command: [process.execPath, 'scripts/prisma-generate.mjs'],
  }),
  tracked('TypeScript: domain, importers, scanner, api', [
    process.execPath,
    bin('typescript', 'bin/tsc'),
    '--build',
    ...(force ? ['--force'] : []),
    'packages/domain/tsconfig.build.json',
    'packages/importers/tsconfig.build.json',
    'packages/scanner/tsconfig.build.json',
    'apps/api/tsconfig.build.json',
  ]),
  hashed('CLI bundle (esbuild)', {
    inputs: [
      'packages/cli/src',
      'packages/cli/scripts',
      'packages/cli/package.json',
      'packages/scanner/src',
      'packages/domain/src',
      'package.json',
      'package-lock.json',
    ],
    output: 'packages/cli/dist',
    command: [process.execPath, 'scripts/build.mjs'],
    cwd: 'packages/cli',
  }),
  hashed('web (Vite)', {
    inputs: [
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'apps/web/tsconfig.json',
      'apps/web/package.json',
      'packages/domain/src',
      'packages/domain/package.json',
      'packages/domain/tsconfig.json',
      'tsconfig.base.json',
      'package-lock.json',
    ],
    output: 'apps/web/dist',
    command: [process.execPath, bin('vite', 'bin/vite.js'), 'build'],
    cwd: 'apps/web',
  }),
];

/** The stamp a hashed step leaves in its output: deleting the output deletes it, so the step runs again. */
const STAMP = '.build-inputs.sha256';

function filesUnder(relative) {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [relative];
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules' && entry.name !== 'dist')
    .flatMap((entry) => filesUnder(path.join(relative, entry.name)));
}

/** One hash of every input file's path and contents, and of the command that builds from them. */
function inputsHash(step) {
  const hash = createHash('sha256').update(JSON.stringify(step.command.slice(1)));
  for (const file of step.inputs.flatMap(filesUnder).sort()) {
    hash.update(`\0${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

const readStamp = (step) => {
  const file = path.join(root, step.output, STAMP);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
};

function run(step) {
  const result = spawnSync(step.command[0], step.command.slice(1), {
    cwd: path.join(root, step.cwd ?? '.'),
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`[build] ${step.name} failed${result.signal ? ` (${result.signal})` : ''}`);
    process.exit(result.status ?? 1);
  }
}

const started = Date.now();
for (const step of STEPS) {
  const since = Date.now();
  if (step.inputs) {
    const hash = inputsHash(step);
    if (!force && readStamp(step) === hash) {
      console.log(`[build] ${step.name}: up to date`);
      continue;
    }
    run(step);
    writeFileSync(path.join(root, step.output, STAMP), `${hash}\n`);
  } else {
    run(step);
  }
  console.log(`[build] ${step.name}: done in ${((Date.now() - since) / 1000).toFixed(1)} s`);
}
console.log(`[build] ${((Date.now() - started) / 1000).toFixed(1)} s`);
