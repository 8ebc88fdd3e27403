import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const KEY_BYTES = 32;
export const SECRET_KEY_FILE = 'webhook-secret.key';

function decodeKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(`${source} must hold ${KEY_BYTES} bytes, base64 or hex (make one with: openssl rand -base64 32)`);
  }
  return key;
}

const isErrorCode = (error: unknown, code: string) =>
  error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === code;

/**
 * The key that encrypts webhook signing secrets: WEBHOOK_SECRET_KEY, or else a key generated once
 * into DATA_DIR (mode 0600) beside the embedded database. Either way it is not in the database,
 * so a copy of the database alone does not reveal the secrets.
 */
export async function resolveSecretKey(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<Buffer> {
  const fromEnv = env['WEBHOOK_SECRET_KEY'];
  if (fromEnv) return decodeKey(fromEnv, 'WEBHOOK_SECRET_KEY');
  const dir = path.resolve(env['DATA_DIR'] || '.data');
  const file = path.join(dir, SECRET_KEY_FILE);
  if (env['DATABASE_URL']) {
    log(
      `Webhook secrets are encrypted with ${file}: replicas sharing this database need the same key (set WEBHOOK_SECRET_KEY)`,
    );
  }
  try {
    return decodeKey(await readFile(file, 'utf-8'), file);
  } catch (error) {
    if (!isErrorCode(error, 'ENOENT')) throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    // `wx`: of two processes starting at once, one writes and the other reads what it wrote.
    await writeFile(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    log(`Created ${file}: it encrypts webhook signing secrets; keep it with the data (or set WEBHOOK_SECRET_KEY)`);
  } catch (error) {
    if (!isErrorCode(error, 'EEXIST')) throw error;
  }
  return decodeKey(await readFile(file, 'utf-8'), file);
}
