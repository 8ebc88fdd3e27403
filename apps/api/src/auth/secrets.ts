import { createHash, randomBytes } from 'node:crypto';

/** A new random secret (session cookie value or API token), prefixed so a leaked one is recognisable. */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Secrets are stored only as their SHA-256: they are long and random, so a fast hash is enough. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A password a person can type once and then change. */
export const newPassword = () => randomBytes(15).toString('base64url');
