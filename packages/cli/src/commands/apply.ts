import { Command } from 'commander';
import { answered } from '../api/api-errors.js';
import type { ConnectionOptions } from '../api/connection.js';
import { problemsIn, refuse, type ImportProblem } from '../imports/import-problems.js';
import { formatImportResult, importResultJson } from '../imports/import-result.js';
import { checkItems, describeProblem, readModelsFile, type ItemProblem } from '../imports/models-file.js';
import { printJson, printLines } from '../output.js';
import { connect, withServerOptions } from './server-options.js';

interface ApplyOptions extends ConnectionOptions {
  file: string;
  dryRun?: boolean;
  json?: boolean;
}

/** Exit 2 with each problem named by its model's place and name in the file. */
function refuseItems(file: string, problems: readonly ItemProblem[]): never {
  refuse(file, problems.map(describeProblem), new Set(problems.map((problem) => problem.index)).size);
}

const fromServer = (problems: readonly ImportProblem[], names: readonly (string | null)[]): ItemProblem[] =>
  problems.map((problem) => ({
    index: problem.row - 1,
    name: names[problem.row - 1] ?? null,
    field: problem.column,
    message: problem.message,
  }));

/** `mmt apply -f FILE [--dry-run]`: the registry from a file, each model created or updated by name. */
export function applyCommand(): Command {
  return withServerOptions(
    new Command('apply')
      .description('create or update the models a YAML or JSON file lists, by name (models as code)')
      .requiredOption('-f, --file <file>', 'a YAML or JSON list of models with the API’s fields')
      .option('--dry-run', 'print the plan (create, update with its changes, unchanged) and write nothing')
      .option('--json', 'print the plan or the result as one JSON document'),
  ).action(async (options: ApplyOptions) => {
    const api = connect(options);
    const { items, names } = await readModelsFile(options.file);
    const problems = checkItems(items);
    if (problems.length > 0) refuseItems(options.file, problems);
    const body = JSON.stringify({ models: items });
    const result = await answered(
      api.POST('/api/imports', {
        params: { query: { dryRun: options.dryRun ? 'true' : 'false' } },
        body,
        bodySerializer: (json) => json,
        headers: { 'content-type': 'application/json' },
      }),
      (response, error) => {
        const rejected = response.status === 400 ? problemsIn(error) : null;
        return rejected ? refuseItems(options.file, fromServer(rejected, names)) : undefined;
      },
    );
    if (result.errors.length > 0) refuseItems(options.file, fromServer(result.errors, names));
    if (options.json) printJson(importResultJson(result));
    else printLines(formatImportResult(result));
  });
}
