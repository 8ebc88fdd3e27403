import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  CHANGE_GROUP_PREVIEW,
  CHANGE_GROUPS,
  STANDING_GROUPS,
  toIsoDate,
  type ChangeGroupPage,
  type ChangeItem,
  type CreateModelInput,
  type LatestChanges,
  type Model,
} from '@mmt/domain';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';
import { changesJudgedByTheRule } from '../support/review-oracle.js';

let api: TestApi;
const today = toIsoDate(new Date());

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

const line = (item: ChangeItem) => `${item.kind} | ${item.modelName} | ${item.at} | ${item.summary}`;

async function create(fields: Partial<CreateModelInput>): Promise<Model> {
  return (await api.http.post('/api/models').send(newModel(fields)).expect(201)).body;
}

async function edit(model: Model, fields: Record<string, unknown>): Promise<Model> {
  const current = (await api.http.get(`/api/models/${model.id}`).expect(200)).body as Model;
  return (
    await api.http
      .patch(`/api/models/${model.id}`)
      .send({ version: current.version, ...fields })
      .expect(200)
  ).body;
}

async function grant(model: Model, grantedOn: string, expiresOn: string): Promise<string> {
  const body = { reason: `Waiver for ${model.name}`, approvedBy: 'Head of ML', grantedOn, expiresOn };
  return (await api.http.post(`/api/models/${model.id}/exceptions`).send(body).expect(201)).body.id;
}

/** Every item of a group, read a page at a time through "show all". */
async function wholeGroup(group: string, pageSize: number): Promise<ChangeGroupPage['items']> {
  const items: ChangeGroupPage['items'] = [];
  for (let page = 1; ; page += 1) {
    const answer: ChangeGroupPage = (
      await api.http
        .get(`/api/reviews/latest/changes/group?group=${group}&page=${page}&pageSize=${pageSize}`)
        .expect(200)
    ).body;
    items.push(...answer.items);
    if (page * pageSize >= answer.total) return items;
  }
}

/** The SQL groups and the previous whole-portfolio judgement, on the same history, item for item. */
async function expectSameAnswersAsTheRule(pageSize = 2): Promise<ChangeItem[]> {
  const oracle = await changesJudgedByTheRule(api);
  const latest: LatestChanges = (await api.http.get('/api/reviews/latest/changes').expect(200)).body;
  expect(latest.since).toBe(oracle.since);
  const all = (await Promise.all(CHANGE_GROUPS.map((group) => wholeGroup(group, pageSize)))).flat();
  expect(all.map(line).sort()).toEqual(oracle.items.map(line).sort());
  for (const group of CHANGE_GROUPS) {
    const expected = oracle.items.filter((item) => item.kind === group);
    expect(latest.groups[group].total, group).toBe(expected.length);
    expect(latest.groups[group].items.length, group).toBe(Math.min(expected.length, CHANGE_GROUP_PREVIEW));
  }
  expect(latest.hasNews).toBe(oracle.items.some((item) => !STANDING_GROUPS.includes(item.kind)));
  return oracle.items;
}

const kinds = (items: readonly ChangeItem[]) => [...new Set(items.map((item) => item.kind))].sort();

describe('the weekly review groups computed in SQL', () => {
  let legacyNew: Model;
  let legacyOld: Model;
  let untriaged: Model;
  let modern: Model;
  let overdue: Model;
  let waived: Model;

  it('match the previous judgement before any review (the last week, open findings, reminders)', async () => {
    legacyNew = await create({
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      lifecycle: 'production',
      startedOn: '2023-05-01',
    });
    legacyOld = await create({
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      lifecycle: 'production',
      startedOn: '2018-05-01',
    });
    untriaged = await create({ framework: 'unknown', frameworkVersion: '', lifecycle: 'staging' });
    modern = await create({ lifecycle: 'development' });
    overdue = await create({
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      lifecycle: 'deprecated',
      startedOn: '2017-01-01',
      retireBy: '2024-01-01',
    });
    waived = await create({
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      lifecycle: 'production',
      startedOn: '2023-06-01',
    });
    await grant(waived, addDays(today, -5), addDays(today, 10));
    const items = await expectSameAnswersAsTheRule();
    expect(kinds(items)).toEqual(
      expect.arrayContaining([
        'becameUnknown',
        'exceptionsExpiringSoon',
        'exceptionsGranted',
        'newModels',
        'pastRetirement',
      ]),
    );
  });

  it('match it after a review, across verdict, lifecycle and framework changes, new models, retirements and exceptions', async () => {
    await api.http.post('/api/reviews').send({ notes: 'Weekly review' }).expect(201);
    // Recorded ten days ago: an exception that expired since then is news.
    await api.db.query(`UPDATE review SET created_at = created_at - interval '10 days'`);
    await edit(legacyNew, { framework: 'pytorch', frameworkVersion: '2.1.0' });
    await edit(legacyOld, { lifecycle: 'deprecated', description: 'Replaced next quarter' });
    await edit(untriaged, { framework: 'tensorflow', frameworkVersion: '1.15' });
    await edit(modern, { lifecycle: 'production', tags: ['ranking'] });
    await edit(overdue, { lifecycle: 'retired' });
    await create({ name: 'Registered after the review', framework: 'jax', frameworkVersion: '0.4' });
    const revoked = await create({
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      lifecycle: 'production',
      startedOn: '2023-07-01',
    });
    const revokedId = await grant(revoked, addDays(today, -1), addDays(today, 200));
    await api.http.delete(`/api/exceptions/${revokedId}`).expect(200);
    const lapsed = await create({
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      lifecycle: 'production',
      startedOn: '2023-08-01',
    });
    await grant(lapsed, addDays(today, -30), addDays(today, -2));
    const items = await expectSameAnswersAsTheRule();
    expect(kinds(items)).toEqual(
      expect.arrayContaining([
        'exceptionsExpired',
        'exceptionsGranted',
        'exceptionsRevoked',
        'frameworkChanges',
        'leftUnknown',
        'lifecycleChanges',
        'newModels',
        'otherChanges',
        'resolvedViolations',
      ]),
    );
  });

  it('page a long group: every item once, in one order, whatever the page size', async () => {
    for (let index = 0; index < 5; index += 1) {
      await create({
        framework: 'tensorflow',
        frameworkVersion: '1.15',
        lifecycle: 'production',
        startedOn: '2024-01-01',
      });
    }
    await expectSameAnswersAsTheRule(1);
    const [byOne, byThree] = await Promise.all([wholeGroup('newModels', 1), wholeGroup('newModels', 3)]);
    expect(byOne.map(line)).toEqual(byThree.map(line));
    expect(new Set(byOne.map(line)).size).toBe(byOne.length);
  });

  it('refuses an unknown group or page with field errors', async () => {
    const response = await api.http.get('/api/reviews/latest/changes/group?group=everything&page=0').expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['group', 'page']);
  });
});
