import { describe, expect, it } from 'vitest';
import { signPath, verifyPath } from './badge-signature.js';

const SECRET = 'badges_test-secret';
const PATH = '/badges/models/4b0e8e8c-1111-4c4c-8888-123456789abc.svg';
const good = signPath(SECRET, PATH);

describe('badge signatures', () => {
  it('are 43 base64url characters (a SHA-256 HMAC) and check for the path they were made for', () => {
    expect(good).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyPath(SECRET, PATH, good)).toBe(true);
  });

  it.each([
    ['another path', SECRET, '/badges/models/00000000-1111-4c4c-8888-123456789abc.svg', good],
    ['another secret (rotated)', 'badges_other', PATH, good],
    ['one character changed', SECRET, PATH, `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`],
    ['too short', SECRET, PATH, good.slice(0, 20)],
    ['padded', SECRET, PATH, `${good}=`],
    ['missing', SECRET, PATH, undefined],
    ['given twice', SECRET, PATH, [good, good]],
    ['empty', SECRET, PATH, ''],
  ])('refuse %s', (_, secret, path, signature) => {
    expect(verifyPath(secret, path, signature)).toBe(false);
  });
});
