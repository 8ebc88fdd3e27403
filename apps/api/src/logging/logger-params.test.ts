import type { IncomingMessage } from 'node:http';
import pino, { type DestinationStream, type LoggerOptions as PinoOptions } from 'pino';
import { describe, expect, it } from 'vitest';
import { loggedUrl } from './logged-url.js';
import { logFormatFrom, loggerParams } from './logger-params.js';

describe('logFormatFrom', () => {
  it.each([
    { value: undefined, terminal: true, format: 'pretty' },
    { value: undefined, terminal: false, format: 'json' },
    { value: '', terminal: true, format: 'pretty' },
    { value: 'json', terminal: true, format: 'json' },
    { value: 'pretty', terminal: false, format: 'pretty' },
  ])('$value on a terminal: $terminal → $format', ({ value, terminal, format }) => {
    expect(logFormatFrom(value, terminal)).toBe(format);
  });

  it('refuses an unknown format', () => {
    expect(() => logFormatFrom('yaml', false)).toThrow(/LOG_FORMAT must be one of json, pretty/);
  });
});

describe('loggedUrl', () => {
  it.each([
    ['/api/models', '/api/models'],
    ['/api/models?q=bert&page=2', '/api/models?q=bert&page=2'],
    ['/api/x?token=abc&q=1', '/api/x?token=[redacted]&q=1'],
    ['/api/x?access_token=abc', '/api/x?access_token=[redacted]'],
    ['/api/x?sig=abc&password=p&api%5Fkey=k', '/api/x?sig=[redacted]&password=[redacted]&api%5Fkey=[redacted]'],
    ['/api/x?token', '/api/x?token'],
    [undefined, ''],
  ])('%s → %s', (url, logged) => {
    expect(loggedUrl(url)).toBe(logged);
  });
});

describe('loggerParams', () => {
  it('replaces credentials wherever a logged object carries them, at every level', () => {
    let output = '';
    const destination: DestinationStream = { write: (line: string) => void (output += line) };
    const params = loggerParams({ level: 'trace', format: 'json', destination });
    const [options] = params.pinoHttp as [PinoOptions, DestinationStream];
    const logger = pino(options, destination);
    logger.trace(
      {
        headers: { cookie: 'mmt_session=s3cret-cookie', authorization: 'Bearer s3cret-bearer', accept: 'text/csv' },
        res: { headers: { 'set-cookie': 'mmt_session=s3cret-set' } },
        body: { password: 's3cret-password', currentPassword: 's3cret-current', newPassword: 's3cret-new' },
        created: { token: 's3cret-token' },
      },
      'a request',
    );
    expect(output).toContain('text/csv');
    expect(output).toContain('[redacted]');
    expect(output).not.toMatch(/s3cret/);
  });

  it('logs a request as its method, path without secret values, status and principal', () => {
    const params = loggerParams({ level: 'info', format: 'json' });
    const options = params.pinoHttp as {
      serializers: { req: (req: IncomingMessage) => object };
      customProps: (req: IncomingMessage) => object;
    };
    const request = Object.assign(
      {
        method: 'GET',
        url: '/api/x?token=t0ken',
        headers: { cookie: 'c00kie' },
        socket: { remoteAddress: '127.0.0.9' },
      },
      { principalId: 'user:42' },
    ) as unknown as IncomingMessage;
    expect(options.serializers.req(request)).toEqual({
      id: undefined,
      method: 'GET',
      url: '/api/x?token=[redacted]',
      remoteAddress: '127.0.0.9',
    });
    expect(options.customProps(request)).toEqual({ principal: 'user:42' });
  });
});
