import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Prisma } from '../generated/prisma/client.js';
import { DomainError, type DomainErrorCode, type FieldError } from './domain-error.js';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldError[];
  [extra: string]: unknown;
}

const statusOf = (code: DomainErrorCode): number => {
  switch (code) {
    case 'not_found':
      return 404;
    case 'duplicate':
    case 'stale_version':
      return 409;
    case 'invalid':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'rate_limited':
      return 429;
  }
};

// Node socket errors and PostgreSQL's "admin shutdown" / "cannot connect now" codes.
const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);
// Prisma: can't reach, timed out, server closed the connection, no connection from the pool in time.
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError && PRISMA_CONNECTION_CODES.has(error.code)) return true;
  const text = error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code)}` : '';
  return (
    [...CONNECTION_ERRORS].some((code) => text.includes(code)) ||
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|connection error|not queryable|closed the connection|DatabaseNotReachable|Can't reach database|the database system is/i.test(
      text,
    )
  );
}

// PostgreSQL gave up on a statement because of other work (serialization failure, deadlock, lock not
// available), or Prisma could not start or finish an interactive transaction in time: the request
// was fine and nothing was written, so the client may send it again.
const BUSY_CODES = ['40001', '40P01', '55P03'];

function isDatabaseBusy(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028') return true;
  const text = error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code)}` : '';
  return BUSY_CODES.some((code) => text.includes(code)) || /deadlock detected|could not serialize access/i.test(text);
}

function body(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...extra };
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/**
 * Turns anything thrown into the API's one error shape; a client never sees a 500 for its own input.
 * `bodyLimit` is the limit of the route the request was for (upload routes allow more): a 413 names it.
 */
export function toErrorBody(error: unknown, bodyLimit = 1_048_576): ErrorBody {
  const result = errorBodyOf(error);
  return result.statusCode === 413
    ? { ...result, message: `${result.message} (the limit is ${megabytes(bodyLimit)})` }
    : result;
}

function errorBodyOf(error: unknown): ErrorBody {
  if (error instanceof DomainError) {
    return body(statusOf(error.code), error.message, { details: error.details, ...error.extra });
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    if (typeof response === 'object' && response !== null) {
      const { message, details } = response as { message?: unknown; details?: FieldError[] };
      const text = Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
      return body(status, text, details ? { details } : {});
    }
    return body(status, String(response));
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return body(409, 'A record with these values already exists');
    if (error.code === 'P2025') return body(404, 'The record does not exist');
  }
  // Fastify's own errors (malformed JSON, body too large, unsupported media type) carry their status.
  const fastifyStatus = (error as { statusCode?: unknown }).statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    const message = error instanceof Error ? error.message : 'Bad request';
    return body(fastifyStatus, message);
  }
  // A malformed multipart body fails inside busboy, outside any route's try/catch: the client's error.
  if (error instanceof Error && /[/\\]@fastify[/\\]busboy[/\\]/.test(error.stack ?? '')) {
    const message = `The multipart upload could not be read (${error.message}); send the file in a form field named "file".`;
    return body(400, message, { details: [{ field: 'file', message }] });
  }
  // PostgreSQL refuses the NUL character in text (22021); the statement failed, nothing was written.
  if (
    error instanceof Error &&
    /22021|invalid byte sequence/i.test(`${error.message} ${String((error as { code?: unknown }).code)}`)
  ) {
    return body(400, 'Text must not contain the NUL character (\\u0000)');
  }
  if (isDatabaseBusy(error)) {
    return body(503, 'The server is busy; try again shortly');
  }
  if (isDatabaseUnavailable(error)) {
    return body(503, 'The database is unavailable; try again shortly');
  }
  return body(500, 'Internal server error');
}

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest | undefined>();
    const errorBody = toErrorBody(error, request?.routeOptions?.bodyLimit);
    if (errorBody.statusCode === 503)
      this.logger.warn(
        `Database unavailable: ${error instanceof Error ? error.message.split('\n').at(-1) : String(error)}`,
      );
    else if (errorBody.statusCode >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (typeof errorBody['retryAfterSeconds'] === 'number')
      void reply.header('retry-after', String(errorBody['retryAfterSeconds']));
    void reply.status(errorBody.statusCode).header('content-type', 'application/json; charset=utf-8').send(errorBody);
  }
}
