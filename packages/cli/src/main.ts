import { CommanderError } from 'commander';
import { CliError, EXIT } from './cli-error.js';
import { createProgram } from './program.js';

/** Runs the command; errors become one line on stderr and the documented exit code. */
async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    // Commander has printed its own message (usage errors) or the help and version it was asked for.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      process.stderr.write(`mmt: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `mmt: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.usage;
  }
}

process.exitCode = await main(process.argv);
