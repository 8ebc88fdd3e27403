import { Command } from 'commander';
import { answered } from '../api/api-errors.js';
import type { ConnectionOptions } from '../api/connection.js';
import { findModel } from '../api/find-model.js';
import { CliError, EXIT } from '../cli-error.js';
import { printJson } from '../output.js';
import { Progress } from '../progress.js';
import { checkedOut } from '../scan/git-commit.js';
import { formatScanSummary } from '../scan/scan-summary.js';
import { scanRepository } from '../scan/scan-repository.js';
import { connect, withServerOptions } from './server-options.js';

interface ScanOptions extends ConnectionOptions {
  json?: boolean;
  verbose?: boolean;
  post?: boolean;
  model?: string;
}

/** `mmt scan [DIR] [--json] [--post --model NAME|ID]`: what a repository's code says about its frameworks. */
export function scanCommand(): Command {
  return withServerOptions(
    new Command('scan')
      .description(
        'scan a repository: the frameworks its files declare, the primary one, TF1 API uses and serialization formats',
      )
      .argument('[dir]', 'the repository to scan', '.')
      .option('--json', 'print the findings (with --post: the scan as recorded) as one JSON document')
      .option('-v, --verbose', 'report progress and skipped files on stderr')
      .option('--post', 'record the scan, with the commit checked out, on the model --model names')
      .option('-m, --model <name|id>', 'with --post: the model the repository holds'),
  ).action(async (dir: string, options: ScanOptions) => {
    if (options.post && options.model === undefined) {
      throw new CliError('--post needs --model: the model this repository holds (its name or id)', EXIT.usage);
    }
    if (!options.post && options.model !== undefined) {
      throw new CliError('--model is for --post (or mmt check): add --post to record the scan', EXIT.usage);
    }
    const api = options.post ? connect(options) : null;
    const progress = new Progress(process.stderr, options.verbose === true);
    const { findings, hasPython } = await scanRepository(dir, progress);
    if (!api || options.model === undefined) {
      if (options.json) printJson(findings);
      else process.stdout.write(formatScanSummary(findings, hasPython));
      return;
    }
    const model = await findModel(api, options.model);
    const git = await checkedOut(findings.root);
    const scan = await answered(
      api.POST('/api/models/{id}/scans', { params: { path: { id: model.id } }, body: { ...git, findings } }),
    );
    if (options.json) {
      printJson(scan);
      return;
    }
    process.stdout.write(formatScanSummary(findings, hasPython));
    const at = scan.commit ? ` at commit ${scan.commit.slice(0, 12)}` : ' (not a git checkout: no commit)';
    process.stdout.write(`\nRecorded as scan ${scan.id} of ${model.name}${at}.\n`);
  });
}
