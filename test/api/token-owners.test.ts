import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** A client holding only this token. */
const withToken = (token: string) => supertest.agent(api.baseUrl).set('Authorization', `Bearer ${token}`);

async function tokenOf(agent: supertest.Agent, body: { name: string; scope: 'read' | 'write'; expiresAt?: string }) {
  const created = (await agent.post('/api/tokens').send(body).expect(201)).body as { id: string; token: string };
  return { id: created.id, client: withToken(created.token) };
}

const userId = async (agent: supertest.Agent) => (await agent.get('/api/auth/me').expect(200)).body.id as string;
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('a token follows its owner', () => {
  it('acts with at most the owner’s current role', async () => {
    const editor = await api.signedInAs('editor');
    const { client } = await tokenOf(editor, { name: 'pipeline', scope: 'write' });
    await client.post('/api/models').send(newModel()).expect(201);

    await api.http
      .patch(`/api/users/${await userId(editor)}`)
      .send({ role: 'viewer' })
      .expect(200);
    await client.post('/api/models').send(newModel()).expect(403);
    await client.get('/api/models').expect(200);
    expect((await client.get('/api/auth/me').expect(200)).body).toMatchObject({ kind: 'token', role: 'viewer' });
    // Nor can it mint what its owner no longer may hold.
    await client.post('/api/tokens').send({ name: 'again', scope: 'write' }).expect(403);

    await api.http
      .patch(`/api/users/${await userId(editor)}`)
      .send({ role: 'editor' })
      .expect(200);
    await client.post('/api/models').send(newModel()).expect(201);
  });

  it('stops when the owner is deactivated', async () => {
    const editor = await api.signedInAs('editor');
    const id = await userId(editor);
    const { client } = await tokenOf(editor, { name: 'nightly import', scope: 'write' });
    await client.get('/api/models').expect(200);
    await api.http.patch(`/api/users/${id}`).send({ active: false }).expect(200);
    await client.get('/api/models').expect(401);
  });

  it('is named in history by its owner', async () => {
    const editor = await api.signedInAs('editor');
    const { client } = await tokenOf(editor, { name: 'ci sync', scope: 'write' });
    const created = (await client.post('/api/models').send(newModel()).expect(201)).body;
    const history = (await api.http.get(`/api/models/${created.id}/history`).expect(200)).body.items;
    expect(history[0].actor).toBe(`${editor.email} (token: ci sync)`);
  });
});

describe('a token making tokens', () => {
  it('can give them an expiry no later than its own', async () => {
    const editor = await api.signedInAs('editor');
    const { client: shortLived } = await tokenOf(editor, { name: 'day pass', scope: 'write', expiresAt: inHours(24) });

    const unbounded = await shortLived.post('/api/tokens').send({ name: 'forever', scope: 'read' }).expect(400);
    expect(unbounded.body.details).toEqual([{ field: 'expiresAt', message: expect.stringMatching(/^is required/) }]);
    const later = await shortLived
      .post('/api/tokens')
      .send({ name: 'longer', scope: 'read', expiresAt: inHours(48) })
      .expect(400);
    expect(later.body.details).toEqual([{ field: 'expiresAt', message: expect.stringMatching(/^must be no later/) }]);
    await shortLived
      .post('/api/tokens')
      .send({ name: 'shorter', scope: 'read', expiresAt: inHours(12) })
      .expect(201);

    // A token that never expires (like a person) may make one that never expires.
    const { client: lasting } = await tokenOf(editor, { name: 'service', scope: 'write' });
    await lasting.post('/api/tokens').send({ name: 'child', scope: 'read' }).expect(201);
  });
});

describe('tokens with no owner', () => {
  it('see and revoke only themselves and what they made, unless the bootstrap admin', async () => {
    const editor = await api.signedInAs('editor');
    const persons = await tokenOf(editor, { name: 'a person’s', scope: 'read' });
    const reader = await tokenOf(api.http, { name: 'ownerless reader', scope: 'read' });
    const writer = await tokenOf(api.http, { name: 'ownerless writer', scope: 'write' });
    const made = await tokenOf(writer.client, { name: 'made by the writer', scope: 'read' });

    const ids = async (client: supertest.Agent) =>
      ((await client.get('/api/tokens').expect(200)).body as { id: string }[]).map((token) => token.id).sort();
    expect(await ids(writer.client)).toEqual([writer.id, made.id].sort());
    expect(await ids(reader.client)).toEqual([reader.id]);
    expect(await ids(api.http)).toEqual(expect.arrayContaining([persons.id, reader.id, writer.id, made.id]));

    const bootstrapId = (await api.http.get('/api/auth/me').expect(200)).body.id as string;
    for (const other of [reader.id, persons.id, bootstrapId]) {
      await writer.client.delete(`/api/tokens/${other}`).expect(404);
    }
    await reader.client.get('/api/models').expect(200);
    await writer.client.delete(`/api/tokens/${made.id}`).expect(200);
    await made.client.get('/api/models').expect(401);

    await api.http.delete(`/api/tokens/${reader.id}`).expect(200);
    await reader.client.get('/api/models').expect(401);
  });
});
