import { Command } from 'commander';
import { Progress } from '../progress.js';
import { formatScanSummary } from '../scan/scan-summary.js';
import { scanRepository } from '../scan/scan-repository.js';

interface ScanOptions {
  json?: boolean;
  verbose?: boolean;
}

/** `mmt scan [DIR] [--json]`: what a repository's code says about its frameworks. */
export function scanCommand(): Command {
  return new Command('scan')
    .description(
      'scan a repository: the frameworks its files declare, the primary one, TF1 API uses and serialization formats',
    )
    .argument('[dir]', 'the repository to scan', '.')
    .option('--json', 'print the findings as one JSON document')
    .option('-v, --verbose', 'report progress and skipped files on stderr')
    .action(async (dir: string, options: ScanOptions) => {
      const { findings, hasPython } = await scanRepository(dir, new Progress(process.stderr, options.verbose === true));
      process.stdout.write(
        options.json ? `${JSON.stringify(findings, null, 2)}\n` : formatScanSummary(findings, hasPython),
      );
    });
}
