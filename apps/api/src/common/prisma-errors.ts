import { Prisma } from '../generated/prisma/client.js';

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** A raw statement's unique violation: Prisma reports it as P2010 with the adapter's error inside. */
export function isRawUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2010') return false;
  const adapterError: unknown = error.meta?.['driverAdapterError'];
  const cause: unknown = adapterError instanceof Error ? adapterError.cause : undefined;
  return typeof cause === 'object' && cause !== null && 'originalCode' in cause && cause.originalCode === '23505';
}
