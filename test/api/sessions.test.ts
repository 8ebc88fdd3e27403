import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

async function secondSession(email: string, password: string) {
  const agent = supertest.agent(api.baseUrl);
  await agent.post('/api/auth/login').send({ email, password }).expect(200);
  return agent;
}

describe('changing a password', () => {
  it('ends the account’s other sessions and keeps this one (tokens stay)', async () => {
    const here = await api.signedInAs('editor');
    const elsewhere = await secondSession(here.email, here.password);
    const { token } = (await here.post('/api/tokens').send({ name: 'script', scope: 'read' }).expect(201)).body;
    const other = await api.signedInAs('editor');

    await here
      .put('/api/auth/password')
      .send({ currentPassword: here.password, newPassword: 'a fresh long password' })
      .expect(204);
    await here.get('/api/auth/me').expect(200);
    await elsewhere.get('/api/auth/me').expect(401);
    await other.get('/api/auth/me').expect(200);
    await api.anonymous.get('/api/models').set('Authorization', `Bearer ${token}`).expect(200);
    await secondSession(here.email, 'a fresh long password');
  });

  it('is for a person: a token cannot', async () => {
    const editor = await api.signedInAs('editor');
    const { token } = (await editor.post('/api/tokens').send({ name: 'script', scope: 'write' }).expect(201)).body;
    await api.anonymous
      .put('/api/auth/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: editor.password, newPassword: 'a fresh long password' })
      .expect(403);
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the account, this one included, and only those', async () => {
    const here = await api.signedInAs('viewer');
    const elsewhere = await secondSession(here.email, here.password);
    const other = await api.signedInAs('viewer');

    const response = await here.post('/api/auth/logout-everywhere').expect(204);
    expect(String(response.headers['set-cookie'])).toMatch(/mmt_session=;/);
    await here.get('/api/auth/me').expect(401);
    await elsewhere.get('/api/auth/me').expect(401);
    await other.get('/api/auth/me').expect(200);
    await secondSession(here.email, here.password);
  });

  it('is for a person: a token cannot', async () => {
    await api.http.post('/api/auth/logout-everywhere').expect(403);
  });
});
