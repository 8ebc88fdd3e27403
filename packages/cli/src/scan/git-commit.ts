import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The output of `git <args>` in `dir`, or null when git is missing or `dir` is not in a checkout. */
async function git(dir: string, args: readonly string[]): Promise<string | null> {
  try {
    // execFile runs git itself, no shell: nothing in `dir` is read as a command.
    const { stdout } = await run('git', args, { cwd: dir, timeout: 10_000 });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

/** The commit checked out in `dir` and its branch (none when detached, as CI jobs often are). */
export async function checkedOut(dir: string): Promise<{ commit?: string; ref?: string }> {
  const [commit, branch] = await Promise.all([
    git(dir, ['rev-parse', '--verify', 'HEAD']),
    git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']),
  ]);
  return {
    ...(commit ? { commit } : {}),
    ...(branch && branch !== 'HEAD' ? { ref: branch } : {}),
  };
}
