import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { choosePort } from '../../apps/api/src/database/embedded-postgres.js';

export interface Spawned {
  name: string;
  child: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
  /** The last lines it printed, to show when it fails. */
  tail: string[];
}

/** Starts a child process; `echo` prints its lines (prefixed) as they come. */
export function spawnProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  echo?: (line: string) => void,
): Spawned {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`Could not start ${name}`);
  const tail: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf-8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line);
      if (tail.length > 60) tail.shift();
      echo?.(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, pid: child.pid, exited, tail };
}

export function failure(spawned: Spawned, message: string): Error {
  return new Error(`${message}\n--- last output of ${spawned.name} ---\n${spawned.tail.join('\n')}`);
}

/** Resolves with the exit code; fails with the process's output when it is not 0. */
export async function completed(spawned: Spawned): Promise<void> {
  const code = await spawned.exited;
  if (code !== 0) throw failure(spawned, `${spawned.name} exited with ${code}`);
}

/** Milliseconds from now until `url` answers 200, failing if the process exits first. */
export async function waitUntilHealthy(
  spawned: Spawned,
  url: string,
  startedAt: number,
  timeoutMs = 300_000,
): Promise<number> {
  let exited = false;
  void spawned.exited.then(() => (exited = true));
  while (performance.now() - startedAt < timeoutMs) {
    if (exited) throw failure(spawned, `${spawned.name} exited before it was healthy`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return performance.now() - startedAt;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw failure(spawned, `${spawned.name} was not healthy after ${timeoutMs / 1000} s`);
}

/** SIGTERM (the API stops its embedded PostgreSQL), then SIGKILL if it hangs. */
export async function stopProcess(spawned: Spawned, timeoutMs = 60_000): Promise<void> {
  if (spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
  spawned.child.kill('SIGTERM');
  const timer = setTimeout(() => spawned.child.kill('SIGKILL'), timeoutMs);
  await spawned.exited;
  clearTimeout(timer);
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf-8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Resets the kernel's peak-RSS mark, so VmHWM then measures one operation; false where unsupported. */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Any free port on loopback (the app's own helper). */
export const freePort = () => choosePort();
