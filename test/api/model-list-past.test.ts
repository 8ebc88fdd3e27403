import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

// The list at a past moment walks events by name for its first pages (with a total from the change
// log), and sorts every model's state then for the rest: both must give the same answer.
let api: TestApi;
let before: string;
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

beforeAll(async () => {
  api = await startTestApi();
  const create = async (name: string, framework: 'pytorch' | 'tensorflow') =>
    (
      await api.http
        .post('/api/models')
        .send(newModel({ name, framework, frameworkVersion: framework === 'pytorch' ? '2.1.0' : '2.5.0' }))
        .expect(201)
    ).body as { id: string; version: number };
  const alpha = await create('Alpha', 'pytorch');
  await create('Bravo', 'tensorflow');
  await create('Charlie', 'pytorch');
  await pause();
  before = new Date().toISOString();
  await pause();
  await api.http
    .patch(`/api/models/${alpha.id}`)
    .send({ version: alpha.version, name: 'Zulu', framework: 'tensorflow', frameworkVersion: '2.5.0' })
    .expect(200);
  await create('Delta', 'pytorch');
});
afterAll(async () => {
  await api?.close();
});

const list = async (query: string) => {
  const body = (await api.http.get(`/api/models?${query}`).expect(200)).body as {
    items: { name: string; framework: string }[];
    total: number;
  };
  return { names: body.items.map((item) => item.name), total: body.total, items: body.items };
};

describe('GET /api/models at a past moment', () => {
  it.each([
    ['', ['Alpha', 'Bravo', 'Charlie'], 3],
    ['&order=desc', ['Charlie', 'Bravo', 'Alpha'], 3],
    ['&framework=tensorflow', ['Bravo'], 1],
    ['&framework=pytorch', ['Alpha', 'Charlie'], 2],
    ['&pageSize=2&page=2', ['Charlie'], 3],
    ['&pageSize=2&page=3', [], 3],
  ])('?asOf=<before the edits>%s lists the models as they were then', async (extra, names, total) => {
    const asOf = `asOf=${encodeURIComponent(before)}`;
    const walked = await list(`${asOf}${extra}`);
    expect(walked).toMatchObject({ names, total });
    // The same question, answered by sorting every model's state then (a team filter takes that way).
    expect(await list(`${asOf}${extra}&team=NLP%20Platform`)).toEqual(walked);
  });

  it('shows each model with its state then, not now', async () => {
    const { items } = await list(`asOf=${encodeURIComponent(before)}`);
    expect(items[0]).toMatchObject({ name: 'Alpha', framework: 'pytorch' });
  });

  it('lists the models as they are now without a moment', async () => {
    expect(await list('')).toMatchObject({ names: ['Bravo', 'Charlie', 'Delta', 'Zulu'], total: 4 });
    expect(await list(`asOf=${encodeURIComponent(new Date().toISOString())}`)).toMatchObject({
      names: ['Bravo', 'Charlie', 'Delta', 'Zulu'],
      total: 4,
    });
  });
});
