import { describe, expect, it } from 'vitest';
import { Prisma } from '../generated/prisma/client.js';
import { toErrorBody } from './http-error.filter.js';

const prismaError = (code: string, message = 'failed') =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: 'test' });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('toErrorBody of database failures', () => {
  it.each([
    [
      'a transaction that could not start in time',
      prismaError('P2028', 'Unable to start a transaction in the given time'),
      503,
      'busy',
    ],
    ['a deadlock', pgError('40P01', 'deadlock detected'), 503, 'busy'],
    ['a serialization failure', pgError('40001', 'could not serialize access due to concurrent update'), 503, 'busy'],
    ['a lock not available', pgError('55P03', 'could not obtain lock on row'), 503, 'busy'],
    ['no connection from the pool', prismaError('P2024'), 503, 'unavailable'],
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 503, 'unavailable'],
    ['a unique violation', prismaError('P2002'), 409, 'already exists'],
    ['a missing record', prismaError('P2025'), 404, 'does not exist'],
    ['anything else', new Error('boom'), 500, 'Internal server error'],
  ])('%s → %i', (_case, error, status, words) => {
    const result = toErrorBody(error);
    expect(result.statusCode).toBe(status);
    expect(result.message).toContain(words);
  });
});
