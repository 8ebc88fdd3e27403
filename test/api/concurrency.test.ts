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

const statuses = (responses: { status: number }[]) =>
  responses.reduce<Record<number, number>>(
    (counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  );

describe('concurrent writes', () => {
  it('lets exactly one of 50 simultaneous edits with the same version through; the rest get 409', async () => {
    const model = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const edits = Array.from({ length: 50 }, (_, index) =>
      api.http.patch(`/api/models/${model.id}`).send({ version: model.version, task: `edit ${index}` }),
    );
    const responses = await Promise.all(edits);
    expect(statuses(responses)).toEqual({ 200: 1, 409: 49 });
    const history = (await api.http.get(`/api/models/${model.id}/history`).expect(200)).body.items;
    expect(history).toHaveLength(2);
    const winner = responses.find((response) => response.status === 200)!.body;
    expect(history[0].state.task).toBe(winner.task);
    expect((await api.http.get(`/api/models/${model.id}`)).body).toMatchObject({ version: 2, task: winner.task });
  });

  it('lands 200 concurrent registrations of distinct models, each with its event', async () => {
    const bodies = Array.from({ length: 200 }, (_, index) => newModel({ name: `Concurrent ${index}` }));
    const responses = await Promise.all(bodies.map((body) => api.http.post('/api/models').send(body)));
    expect(statuses(responses)).toEqual({ 201: 200 });
    const [row] = await api.db.query<{ models: string; events: string }>(
      `SELECT (SELECT count(*) FROM model WHERE name LIKE 'Concurrent %') AS models,
              (SELECT count(*) FROM model_event e JOIN model m ON m.id = e.model_id WHERE m.name LIKE 'Concurrent %') AS events`,
    );
    expect(row).toEqual({ models: '200', events: '200' });
  });

  it('lets one of 20 racing registrations of the same name win; the rest get 409', async () => {
    const body = newModel({ name: 'Raced name' });
    const responses = await Promise.all(Array.from({ length: 20 }, () => api.http.post('/api/models').send(body)));
    expect(statuses(responses)).toEqual({ 201: 1, 409: 19 });
    expect(responses.find((response) => response.status === 409)!.body).toMatchObject({ details: [{ field: 'name' }] });
    const [row] = await api.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM model_event e JOIN model m ON m.id = e.model_id WHERE m.name = 'Raced name'`,
    );
    expect(row!.n).toBe('1');
  });

  it('keeps a model’s verdict timeline right when edits and exception grants race', async () => {
    const model = (
      await api.http
        .post('/api/models')
        .send(newModel({ framework: 'jax', startedOn: '2023-01-01', since: '2024-01-01' }))
        .expect(201)
    ).body;
    let version = model.version;
    for (let round = 0; round < 8; round += 1) {
      const [edit, grant] = await Promise.all([
        api.http
          .patch(`/api/models/${model.id}`)
          .send({ version, task: `round ${round}`, lifecycle: round % 2 ? 'production' : 'retired' }),
        api.http.post(`/api/models/${model.id}/exceptions`).send({
          reason: `waiver ${round}`,
          approvedBy: 'lead',
          grantedOn: `2024-0${round + 1}-01`,
          expiresOn: `2024-0${round + 1}-15`,
        }),
      ]);
      expect([edit.status, grant.status]).toEqual([200, 201]);
      version = edit.body.version;
    }
    const spans = () =>
      api.db.query<{ span: string }>(
        `SELECT concat_ws(' ', valid_from, valid_to, status, rule) AS span FROM verdict_span WHERE model_id = $1 ORDER BY valid_from`,
        [model.id],
      );
    const raced = await spans();
    // A policy version identical to the one in force recomputes every timeline from scratch.
    const { current } = (await api.http.get('/api/policy').expect(200)).body;
    const { id: _id, createdAt: _createdAt, createdBy: _createdBy, ...policy } = current;
    await api.http.put('/api/policy').send(policy).expect(201);
    expect(await spans()).toEqual(raced);
  });

  it('keeps the change log equal to the current portfolio after concurrent edits', async () => {
    const [mismatch] = await api.db.query<{ n: string }>(`
      SELECT count(*) AS n FROM (
        SELECT framework, family, lifecycle, sum(delta) AS n FROM portfolio_change GROUP BY 1, 2, 3 HAVING sum(delta) <> 0
        EXCEPT
        SELECT framework, family, lifecycle, count(*) FROM model GROUP BY 1, 2, 3
      ) differences`);
    expect(mismatch!.n).toBe('0');
  });
});
