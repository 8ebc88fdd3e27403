import type { DestinationStream } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
let output = '';
const destination: DestinationStream = { write: (line: string) => void (output += line) };

beforeAll(async () => {
  api = await startTestApi({ logLevel: 'trace', logDestination: destination });
});
afterAll(async () => {
  await api?.close();
});

/** Request lines are written when the response has finished, which the client may see first. */
async function logged(text: string): Promise<string> {
  for (let attempt = 0; attempt < 50 && !output.includes(text); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return output;
}

describe('the request log', () => {
  it('names method, path, status and principal, and never a secret it handled', async () => {
    const secrets: string[] = [api.adminToken];
    const created = (
      await api.http
        .post('/api/users')
        .send({ email: 'logged@example.com', name: 'Logged', role: 'editor' })
        .expect(201)
    ).body;
    const initialPassword: string = created.initialPassword;
    secrets.push(initialPassword);

    await api.anonymous
      .post('/api/auth/login')
      .send({ email: 'logged@example.com', password: 'a wrong guess 1234' })
      .expect(401);
    secrets.push('a wrong guess 1234');

    const login = await api.anonymous
      .post('/api/auth/login')
      .send({ email: 'logged@example.com', password: initialPassword })
      .expect(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const sessionSecret = cookie.split('=')[1]!;
    secrets.push(sessionSecret);

    await api.anonymous.post('/api/models').set('Cookie', cookie).send(newModel()).expect(201);
    const token = (
      await api.anonymous.post('/api/tokens').set('Cookie', cookie).send({ name: 'ci', scope: 'write' }).expect(201)
    ).body;
    secrets.push(token.token);
    await api.anonymous.get('/api/models?page=1').set('Authorization', `Bearer ${token.token}`).expect(200);
    await api.anonymous.get(`/api/health?token=${token.token}`).expect(200);
    await api.anonymous
      .put('/api/auth/password')
      .set('Cookie', cookie)
      .send({ currentPassword: initialPassword, newPassword: 'the new long password' })
      .expect(204);
    secrets.push('the new long password');

    const log = await logged('PUT /api/auth/password 204');
    for (const secret of secrets) expect(log).not.toContain(secret);

    const lines = log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line['req'] !== undefined && line['responseTime'] !== undefined);
    const line = (message: string) => requests.find((candidate) => String(candidate['msg']).startsWith(message));
    expect(line('POST /api/auth/login 401')).toMatchObject({
      req: { method: 'POST', url: '/api/auth/login' },
      res: { statusCode: 401 },
    });
    expect(line('POST /api/models 201')).toMatchObject({ principal: `user:${created.id}` });
    expect(line('GET /api/models?page=1 200')).toMatchObject({
      principal: `token:${token.id}`,
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(line('GET /api/health?token=[redacted] 200')).toMatchObject({
      req: { url: '/api/health?token=[redacted]' },
    });
    expect(line('POST /api/users 201')).toMatchObject({ principal: expect.stringMatching(/^token:/) });
  });
});
