import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature that lets a badge URL be served without credentials: HMAC-SHA256 of its path, base64url. */
export function signPath(secret: string, path: string): string {
  return createHmac('sha256', secret).update(path).digest('base64url');
}

/** Whether `signature` was made for `path` with `secret`: compared in constant time; anything else is simply false. */
export function verifyPath(secret: string, path: string, signature: unknown): boolean {
  if (typeof signature !== 'string') return false;
  const given = Buffer.from(signature);
  const expected = Buffer.from(signPath(secret, path));
  // Only the length can differ in time, and every signature has the same public length.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
