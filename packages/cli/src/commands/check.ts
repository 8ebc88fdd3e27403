import { Command, Option } from 'commander';
import { frameworkLabel, scannedRegistryFramework, type ModelVerdict } from '@mmt/domain';
import { answered } from '../api/api-errors.js';
import { findModel } from '../api/find-model.js';
import type { ConnectionOptions } from '../api/connection.js';
import { CliError, EXIT } from '../cli-error.js';
import { printJson, printLines } from '../output.js';
import { Progress } from '../progress.js';
import { scanRepository } from '../scan/scan-repository.js';
import { connect, withServerOptions } from './server-options.js';

interface CheckOptions extends ConnectionOptions {
  model: string;
  failOn: 'violation' | 'warning';
  json?: boolean;
  verbose?: boolean;
}

const label = ({ framework, frameworkVersion }: ModelVerdict['judged']) => frameworkLabel(framework, frameworkVersion);

/** Whether the verdict fails the check: violations always, warnings with `--fail-on warning`. */
const fails = (status: string, failOn: CheckOptions['failOn']) =>
  status === 'violation' || (failOn === 'warning' && status === 'warning');

/** `mmt check [DIR] --model NAME|ID`: the CI gate, judging the model with the framework its code declares. */
export function checkCommand(): Command {
  return withServerOptions(
    new Command('check')
      .description(
        'judge a model with the framework its repository declares in place of the registered one; exit 1 when that is a violation',
      )
      .argument('[dir]', 'the repository to scan', '.')
      .requiredOption('-m, --model <name|id>', 'the model the repository holds')
      .addOption(
        new Option('--fail-on <status>', 'the least verdict that fails the check')
          .choices(['violation', 'warning'])
          .default('violation'),
      )
      .option('--json', 'print the verdict as one JSON document')
      .option('-v, --verbose', 'report progress and skipped files on stderr'),
  ).action(async (dir: string, options: CheckOptions) => {
    const api = connect(options);
    const { findings, hasPython } = await scanRepository(dir, new Progress(process.stderr, options.verbose === true));
    const { primary } = findings;
    // A framework seen only in a Dockerfile or an MLmodel file is evidence too; no framework at all is nothing to judge.
    if (!primary || primary.framework === 'unknown') {
      const read = hasPython ? 'declares no framework' : 'has no Python code, Python dependency files or framework';
      throw new CliError(`${dir} ${read}: nothing to check (run mmt scan ${dir} to see what was read)`, EXIT.usage);
    }
    const model = await findModel(api, options.model);
    // The version a scan would record for the model: the registry reads the scan's family from it.
    const frameworkVersion = scannedRegistryFramework(primary)?.frameworkVersion || undefined;
    const answer = await answered(
      api.GET('/api/models/{id}/verdict', {
        params: {
          path: { id: model.id },
          query: { framework: primary.framework, frameworkVersion },
        },
      }),
    );
    const failed = fails(answer.judged.verdict.status, options.failOn);
    if (options.json) {
      printJson({ ...answer, primary, failOn: options.failOn, passed: !failed });
    } else {
      const { judged, registered } = answer;
      printLines([
        `Model:      ${answer.name} (${answer.modelId})`,
        `Registered: ${label(registered)} — ${registered.verdict.status}`,
        `Code:       ${label(judged)} (${primary.framework} ${primary.version ?? '(no version)'}, ${primary.family})`,
        `Verdict:    ${judged.verdict.status} — ${judged.verdict.reason}`,
        failed ? 'Failed.' : 'Passed.',
      ]);
    }
    if (failed) {
      const { status, reason } = answer.judged.verdict;
      throw new CliError(`check failed: its code makes ${answer.name} a ${status}: ${reason}`, EXIT.policyFailed);
    }
  });
}
