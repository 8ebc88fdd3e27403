import { Command } from 'commander';
import { applyCommand } from './commands/apply.js';
import { checkCommand } from './commands/check.js';
import { importCommand } from './commands/import.js';
import { reportCommand } from './commands/report.js';
import { scanCommand } from './commands/scan.js';
import { VERSION } from './version.js';

/** The subcommands, one file each under `commands/`. */
const COMMANDS: Array<() => Command> = [scanCommand, checkCommand, applyCommand, importCommand, reportCommand];

/** The `mmt` command: errors are thrown (see main.ts), not exited on, in every subcommand too. */
export function createProgram(): Command {
  const program = new Command('mmt')
    .description('Model Migration Tracker: evidence from code for the team’s framework policy')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .showHelpAfterError()
    .exitOverride();
  for (const command of COMMANDS) program.addCommand(command().copyInheritedSettings(program));
  return program;
}
