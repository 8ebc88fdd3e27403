/** The command's exit codes, as design.md documents them. */
export const EXIT = {
  ok: 0,
  policyFailed: 1,
  usage: 2,
  server: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user can act on: printed as one line, then the command exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
