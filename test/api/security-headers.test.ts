import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/create-app.js';
import { startTestApi, testNotifications, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const directivesOf = (policy: string) => policy.split(';').map((directive) => directive.trim());

describe('security headers', () => {
  it('over plain HTTP, neither sends the browser to HTTPS nor pins it there', async () => {
    const response = await api.anonymous.get('/api/health').expect(200);
    expect(directivesOf(response.headers['content-security-policy']!)).not.toContain('upgrade-insecure-requests');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('over HTTPS (as a reverse proxy it trusts reports it), upgrades and pins', async () => {
    // The test client is the proxy (TRUST_PROXY=127.0.0.1).
    const options = {
      databaseUrl: api.db.url,
      logLevel: 'silent',
      webDist: null,
      trustProxy: ['127.0.0.1'],
      notifications: testNotifications(),
    };
    const proxied = await createApp(options);
    try {
      await proxied.getHttpAdapter().getInstance().ready();
      const response = await supertest(proxied.getHttpServer())
        .get('/api/health')
        .set('X-Forwarded-Proto', 'https')
        .expect(200);
      expect(directivesOf(response.headers['content-security-policy']!)).toContain('upgrade-insecure-requests');
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });

  it.each([
    ['the API', '/api/health', false],
    ['the API docs', '/api/docs', true],
    ['the API docs with a query', '/api/docs?filter=models', true],
    ['the OpenAPI document', '/api/docs/json', true],
    ['a path that only starts like the docs', '/api/docsomething', false],
  ])('allows inline scripts on %s: %s', async (_case, path, inline) => {
    const response = await api.anonymous.get(path);
    const scripts = directivesOf(response.headers['content-security-policy']!).find((directive) =>
      directive.startsWith('script-src '),
    );
    expect(scripts).toBe(inline ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'");
  });
});
