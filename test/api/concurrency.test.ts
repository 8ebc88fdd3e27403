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
