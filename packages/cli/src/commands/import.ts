import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { Command, Option } from 'commander';
import { IMPORT_SOURCES, type ImportSource } from '@mmt/domain';
import { answered } from '../api/api-errors.js';
import type { ConnectionOptions } from '../api/connection.js';
import { CliError, EXIT } from '../cli-error.js';
import { problemsIn, refuse, type ImportProblem } from '../imports/import-problems.js';
import { formatImportResult, importResultJson } from '../imports/import-result.js';
import { printJson, printLines } from '../output.js';
import { reasonOf } from '../scan/walk.js';
import { connect, withServerOptions } from './server-options.js';

interface ImportOptions extends ConnectionOptions {
  from: ImportSource;
  dryRun?: boolean;
  name?: string;
  json?: boolean;
}

/**
 * The path a file is sent under: as given, relative to here when it is below here, with `/`
 * (the server reads a model's name from its folder: `models/ner-v2/MLmodel` → ner-v2).
 */
function uploadPath(file: string): string {
  const below = relative(process.cwd(), file);
  const shown = isAbsolute(file) && (below.startsWith('..') || isAbsolute(below)) ? file : below || file;
  return shown.split(sep).join('/');
}

async function readFiles(files: readonly string[]): Promise<FormData> {
  const form = new FormData();
  for (const file of files) {
    let bytes: Buffer;
    try {
      if ((await stat(file)).isDirectory()) {
        throw new CliError(`${file} is a folder: give the files in it (e.g. ${file}/*/MLmodel)`, EXIT.usage);
      }
      bytes = await readFile(file);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read ${file}: ${reasonOf(error)}`, EXIT.usage);
    }
    form.append('file', new Blob([new Uint8Array(bytes)]), uploadPath(file));
  }
  return form;
}

const describe = (problem: ImportProblem, names: ReadonlyMap<number, string>) =>
  problem.row === 0
    ? `the files: ${problem.message}`
    : `row ${problem.row}${names.get(problem.row) ? ` (${names.get(problem.row)})` : ''} ${problem.column}: ${problem.message}`;

function refuseProblems(problems: readonly ImportProblem[], names: ReadonlyMap<number, string> = new Map()): never {
  const rows = new Set(problems.filter((problem) => problem.row > 0).map((problem) => problem.row)).size;
  refuse(
    'the import',
    problems.map((problem) => describe(problem, names)),
    rows,
  );
}

/** `mmt import --from SOURCE FILE…`: models from another tool's files, through the server's importers. */
export function importCommand(): Command {
  return withServerOptions(
    new Command('import')
      .description('register and update models from MLflow, Hugging Face or Backstage files')
      .addOption(
        new Option('--from <source>', 'the tool the files come from').choices(IMPORT_SOURCES).makeOptionMandatory(),
      )
      .argument('<files...>', 'the files (MLmodel, model.json, README.md, config.json, catalog-info.yaml)')
      .option('--dry-run', 'print what would be created, updated or skipped, and write nothing')
      .option('--name <name>', 'the model’s name, when a single file names none (an MLmodel, a config.json)')
      .option('--json', 'print the plan or the result as one JSON document'),
  ).action(async (files: string[], options: ImportOptions) => {
    const api = connect(options);
    const form = await readFiles(files);
    const result = await answered(
      api.POST('/api/imports', {
        params: { query: { source: options.from, dryRun: options.dryRun ? 'true' : 'false', name: options.name } },
        // The contract types an upload as one binary body; openapi-fetch sends FormData as it is.
        body: '',
        bodySerializer: () => form,
      }),
      (response, error) => {
        const rejected = response.status === 400 ? problemsIn(error) : null;
        return rejected ? refuseProblems(rejected) : undefined;
      },
    );
    if (result.errors.length > 0) {
      refuseProblems(
        result.errors,
        new Map(result.rows.map((row) => [row.row, [row.name, row.file].filter(Boolean).join(', ')])),
      );
    }
    if (options.json) printJson(importResultJson(result));
    else printLines(formatImportResult(result));
  });
}
