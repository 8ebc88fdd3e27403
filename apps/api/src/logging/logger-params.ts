import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import { loggedUrl, REDACTED } from './logged-url.js';

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

interface LoggedRequest extends IncomingMessage {
  principalId?: string;
}

export interface LoggerOptions {
  level: string;
  format: LogFormat;
  /** Where lines go; standard output unless a test captures them. */
  destination?: DestinationStream;
}

// Second line of defence behind the serializers below, which log no headers and no bodies: wherever
// headers or credentials turn up in a logged object, their values are replaced.
const REDACT_PATHS = [
  ...['cookie', 'authorization', 'proxy-authorization', '"set-cookie"'].flatMap((header) => [
    `headers.${header}`,
    `*.headers.${header}`,
  ]),
  ...['password', 'currentPassword', 'newPassword', 'initialPassword', 'token', 'sessionSecret'].flatMap((field) => [
    field,
    `*.${field}`,
    `*.*.${field}`,
  ]),
];

/** Names who made the request in its log line (an id: never the secret they proved it with). */
export function attributeRequest(request: IncomingMessage, principal: { kind: string; id: string }): void {
  (request as LoggedRequest).principalId = `${principal.kind}:${principal.id}`;
}

/** LOG_FORMAT when set; otherwise readable lines on a terminal and JSON anywhere else. */
export function logFormatFrom(value: string | undefined, isTerminal: boolean): LogFormat {
  if (value === undefined || value === '') return isTerminal ? 'pretty' : 'json';
  if ((LOG_FORMATS as readonly string[]).includes(value)) return value as LogFormat;
  throw new Error(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')} (got "${value}")`);
}

const requestLine = (req: IncomingMessage, res: ServerResponse, responseTime: number) =>
  `${req.method} ${loggedUrl(req.url)} ${res.statusCode} ${responseTime}ms`;

/** nestjs-pino's configuration: one line per request with who made it, and no secret at any level. */
export function loggerParams({ level, format, destination }: LoggerOptions): Params {
  const stream =
    destination ??
    (format === 'pretty'
      ? pretty({
          colorize: true,
          // Like pino's own stdout: nothing is lost when the process exits right after a line.
          sync: true,
          singleLine: true,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname,req,res,responseTime,context',
          messageFormat: '{if context}[{context}] {end}{msg}',
        })
      : undefined);
  const options = {
    level,
    autoLogging: level !== 'silent',
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      req: (req: LoggedRequest & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        url: loggedUrl(req.url),
        remoteAddress: req.socket?.remoteAddress,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customProps: (req: LoggedRequest) => (req.principalId ? { principal: req.principalId } : {}),
    customSuccessMessage: requestLine,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse, error: Error) =>
      `${req.method} ${loggedUrl(req.url)} ${res.statusCode} failed: ${error.message}`,
  };
  return {
    pinoHttp: stream ? [options, stream] : options,
    // On Fastify, requests are logged only with an explicit route list.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  };
}
