import { toIsoDate } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScansService } from '../../apps/api/src/scans/scans.service.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { newScanFindings, tf1Uses } from '@mmt/domain/testing';
import { newModel } from '../support/factories.js';

// Issue 13: where the code, as last scanned, disagrees with the registry; and the TF1 API burn-down.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const DAY = 86_400_000;
const TF1 = { framework: 'tensorflow', version: '==1.15.2', family: 'TensorFlow 1.x' } as const;
const TF2 = { framework: 'tensorflow', version: '>=2.3', family: 'TensorFlow 2.x' } as const;
const TF_ANY = { framework: 'tensorflow', version: '>=1.11', family: 'TensorFlow' } as const;
const TORCH = { framework: 'pytorch', version: '==2.1.0', family: 'PyTorch' } as const;
type Primary = typeof TF1 | typeof TF2 | typeof TF_ANY | typeof TORCH;

const register = async (overrides: Parameters<typeof newModel>[0]) =>
  (
    await api.http
      .post('/api/models')
      .send(newModel({ since: '2021-03-01', ...overrides }))
      .expect(201)
  ).body as {
    id: string;
    name: string;
    version: number;
  };
const scan = (id: string, primary: Primary, tf1Apis = tf1Uses(0)) =>
  api.http
    .post(`/api/models/${id}/scans`)
    .send({ findings: newScanFindings({ primary, tf1Apis }) })
    .expect(201);
/** A scan recorded at a past moment, through the service the route calls. */
const scanAt = (at: Date, id: string, primary: Primary, tf1Apis = tf1Uses(0)) =>
  api.app.get(ScansService).record(id, { findings: newScanFindings({ primary, tf1Apis }) }, 'ci', at);
const detail = async (id: string) => (await api.http.get(`/api/models/${id}`).expect(200)).body;
const listed = async (query: string) =>
  ((await api.http.get(`/api/models?${query}`).expect(200)).body.items as { name: string }[])
    .map((model) => model.name)
    .sort();
const dashboard = async () => (await api.http.get('/api/dashboard?weeks=4').expect(200)).body;

describe('code that disagrees with the registry', () => {
  it('is found from the latest scan, filtered in the list, counted on the dashboard and listed once new in the review', async () => {
    await api.http.post('/api/reviews').send({ notes: 'before any scan' }).expect(201);
    const tf2 = await register({ name: 'Ranker', framework: 'tensorflow', frameworkVersion: '2.4.0' });
    const torch = await register({ name: 'Tagger', framework: 'pytorch', frameworkVersion: '2.1.0' });
    const tf1 = await register({ name: 'Parser', framework: 'tensorflow', frameworkVersion: '1.15.0' });
    await register({ name: 'Summarizer', framework: 'pytorch', frameworkVersion: '2.1.0' });
    const beforeScans = new Date().toISOString();

    const disagreeing = (await scan(tf2.id, TF1, tf1Uses(2, 1))).body as { id: string; recordedAt: string };
    await scan(torch.id, TORCH);
    // "TensorFlow" (1.x or 2.x allowed) is vaguer than the registry's 1.x, not different.
    await scan(tf1.id, TF_ANY);

    expect((await detail(tf2.id)).codeDrift).toEqual({
      scanId: disagreeing.id,
      scannedAt: disagreeing.recordedAt,
      scannedFamily: 'TensorFlow 1.x',
      registeredFamily: 'TensorFlow 2.x',
    });
    expect((await detail(torch.id)).codeDrift).toBeNull();
    expect((await detail(tf1.id)).codeDrift).toBeNull();

    expect(await listed('code=disagrees')).toEqual(['Ranker']);
    expect(await listed('code=agrees')).toEqual(['Parser', 'Tagger']);
    expect(await listed('code=unscanned')).toEqual(['Summarizer']);
    expect(await listed('code=disagrees,unscanned')).toEqual(['Ranker', 'Summarizer']);
    expect(await listed('code=disagrees&family=PyTorch')).toEqual([]);
    // Before the scans, nothing had been scanned.
    expect(await listed(`code=unscanned&asOf=${beforeScans}`)).toEqual(['Parser', 'Ranker', 'Summarizer', 'Tagger']);
    expect(await listed(`code=disagrees&asOf=${beforeScans}`)).toEqual([]);
    expect((await api.http.get(`/api/models/${tf2.id}?asOf=${beforeScans}`).expect(200)).body.codeDrift).toBeNull();

    expect((await dashboard()).kpis.codeDisagrees).toMatchObject({ value: 1, previous: 0, change: 1 });

    const changes = (await api.http.get('/api/reviews/latest/changes').expect(200)).body;
    expect(changes.groups.newDisagreements.items).toEqual([
      {
        kind: 'newDisagreements',
        modelId: tf2.id,
        modelName: 'Ranker',
        at: disagreeing.recordedAt,
        summary: 'The code says TensorFlow 1.x; the registry says TensorFlow 2.x',
      },
    ]);
    expect(changes.hasNews).toBe(true);

    // A review freezes the count; the disagreement is no longer new after it.
    const review = (await api.http.post('/api/reviews').send({ notes: 'after the scans' }).expect(201)).body;
    expect(review.kpis.codeDisagrees).toBe(1);
    expect((await api.http.get('/api/reviews/latest/changes').expect(200)).body.groups.newDisagreements).toEqual({
      total: 0,
      items: [],
    });

    // The code moves to TF2: the drift is gone.
    await scan(tf2.id, TF2);
    expect((await detail(tf2.id)).codeDrift).toBeNull();
    expect(await listed('code=disagrees')).toEqual([]);
    expect((await dashboard()).kpis.codeDisagrees).toMatchObject({ value: 0, previous: 1 });

    // The registry moves instead: the drift is gone as well.
    await scan(torch.id, TF1);
    expect((await detail(torch.id)).codeDrift).toMatchObject({ registeredFamily: 'PyTorch' });
    await api.http
      .patch(`/api/models/${torch.id}`)
      .send({ version: torch.version, framework: 'tensorflow', frameworkVersion: '1.15.0' })
      .expect(200);
    expect((await detail(torch.id)).codeDrift).toBeNull();
  });
});

describe('the TF1 API burn-down', () => {
  it("sums each model's latest scan as of each week, and the review lists scans that raised a model's count", async () => {
    const now = Date.now();
    const first = await register({ name: 'Old graph', framework: 'tensorflow', frameworkVersion: '1.15.0' });
    const second = await register({ name: 'Old seq2seq', framework: 'tensorflow', frameworkVersion: '1.15.0' });
    const before = (await dashboard()).series.tf1ApiUses as { weekEnd: string; count: number }[];

    await scanAt(new Date(now - 21 * DAY), first.id, TF1, tf1Uses(10));
    await scanAt(new Date(now - 14 * DAY), second.id, TF1, tf1Uses(3, 2));
    await scanAt(new Date(now - 7 * DAY), first.id, TF1, tf1Uses(4));

    const series = (await dashboard()).series.tf1ApiUses as { weekEnd: string; count: number }[];
    expect(series.map((point) => point.weekEnd)).toEqual(before.map((point) => point.weekEnd));
    expect(series.at(-1)!.weekEnd >= toIsoDate(new Date(now))).toBe(true);
    const added = series.map((point, index) => point.count - before[index]!.count);
    expect(added).toEqual([10, 15, 9, 9]);

    const raised = (await scan(second.id, TF1, tf1Uses(6, 2))).body as { recordedAt: string };
    await scan(first.id, TF1, tf1Uses(1));
    const changes = (await api.http.get('/api/reviews/latest/changes').expect(200)).body;
    expect(changes.groups.tf1Increases.items).toEqual([
      {
        kind: 'tf1Increases',
        modelId: second.id,
        modelName: 'Old seq2seq',
        at: raised.recordedAt,
        summary: 'TF1 API uses 5 → 8',
      },
    ]);
    expect((await dashboard()).series.tf1ApiUses.at(-1).count - before.at(-1)!.count).toBe(9);
  });
});
