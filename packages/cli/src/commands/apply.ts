import { Command } from 'commander';
import { answered } from '../api/api-errors.js';
import type { ConnectionOptions } from '../api/connection.js';
import { applyResultJson, formatApplyResult } from '../apply/apply-plan.js';
import { checkItems, describeProblem, readModelsFile, type ItemProblem } from '../apply/models-file.js';
import { CliError, EXIT } from '../cli-error.js';
import type { components } from '../generated/api.js';
import { printJson, printLines } from '../output.js';
import { connect, withServerOptions } from './server-options.js';

interface ApplyOptions extends ConnectionOptions {
  file: string;
  dryRun?: boolean;
  json?: boolean;
}

type ImportProblem = components['schemas']['ImportProblem'];

/** Every problem on stderr, then one line that sums them up: exit 2, nothing written. */
function refuse(file: string, problems: readonly ItemProblem[]): never {
  for (const problem of problems) process.stderr.write(`mmt: ${describeProblem(problem)}\n`);
  const models = new Set(problems.map((problem) => problem.index)).size;
  throw new CliError(
    `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${models} model${models === 1 ? '' : 's'}; nothing was applied. Fix them and run again`,
    EXIT.usage,
  );
}

const fromServer = (problems: readonly ImportProblem[], names: readonly (string | null)[]): ItemProblem[] =>
  problems.map((problem) => ({
    index: problem.row - 1,
    name: names[problem.row - 1] ?? null,
    field: problem.column,
    message: problem.message,
  }));

const problemsIn = (body: unknown): ImportProblem[] | null => {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? (errors as ImportProblem[]) : null;
};

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
    if (problems.length > 0) refuse(options.file, problems);
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
        return rejected ? refuse(options.file, fromServer(rejected, names)) : undefined;
      },
    );
    if (result.errors.length > 0) refuse(options.file, fromServer(result.errors, names));
    if (options.json) printJson(applyResultJson(result));
    else printLines(formatApplyResult(result));
  });
}
