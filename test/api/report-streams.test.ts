import { strFromU8, unzipSync } from 'fflate';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusReportSchema, type ReportChange, type StatusReport } from '@mmt/domain';
import { ChartsService } from '../../apps/api/src/charts/charts.service.js';
import { PrismaService } from '../../apps/api/src/database/prisma.service.js';
import { ModelRepository } from '../../apps/api/src/models/model.repository.js';
import { loadModels, refreshVerdicts, type InTransaction } from '../../apps/api/src/seed/bulk-loader.js';
import { generatePortfolio } from '../../apps/api/src/seed/portfolio-generator.js';
import { SeedService } from '../../apps/api/src/seed/seed.service.js';
import { VerdictService } from '../../apps/api/src/verdicts/verdict.service.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { asBuffer } from '../support/downloads.js';
import { newModel } from '../support/factories.js';
import { previousMarkdown, previousPdf, previousStatusReport } from '../support/previous-report.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await api.app.get(SeedService).seedDemoIfEmpty(() => undefined);
});

afterAll(async () => {
  await api.close();
});

const download = async (query: string): Promise<Buffer> =>
  (await api.http.get(`/api/reports/status?${query}`).buffer(true).parse(asBuffer).expect(200)).body as Buffer;

const changeLine = (item: ReportChange) => `${item.kind} ${item.modelId} ${item.at} ${item.summary}`;
const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/**
 * The previous report with what only the streamed one decides: when it was generated, and the
 * order of its models (the database's name order) and changes (group after group). Both must hold
 * the same models and the same changes.
 */
function asStreamed(previous: StatusReport, streamed: StatusReport): StatusReport {
  expect(byId(streamed.models)).toEqual(byId(previous.models));
  expect(streamed.changesSinceLastReview.items.map(changeLine).sort()).toEqual(
    previous.changesSinceLastReview.items.map(changeLine).sort(),
  );
  return {
    ...previous,
    generatedAt: streamed.generatedAt,
    models: streamed.models,
    changesSinceLastReview: streamed.changesSinceLastReview,
  };
}

const generatedAtIn = (text: string) => /Generated:\** ?(\S+)/.exec(text)?.[1] ?? '';

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const { text } = await parser.getText();
  await parser.destroy();
  return text.replace(/Generated: \S+/g, 'Generated: T');
}

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('streamed reports on a normal portfolio', () => {
  let asOf: string;
  let streamed: StatusReport;
  let previous: StatusReport;

  beforeAll(async () => {
    await api.http.post('/api/reviews').send({ notes: 'Weekly review' }).expect(201);
    const [first, second] = (await api.http.get('/api/models?pageSize=2').expect(200)).body.items;
    await api.http
      .patch(`/api/models/${first.id}`)
      .send({ version: first.version, lifecycle: 'deprecated' })
      .expect(200);
    await api.http
      .patch(`/api/models/${second.id}`)
      .send({ version: second.version, description: 'Moved' })
      .expect(200);
    await api.http
      .post('/api/models')
      .send(newModel({ framework: 'tensorflow', frameworkVersion: '1.15' }))
      .expect(201);
    asOf = new Date().toISOString();
    const text = (await download(`format=json&asOf=${asOf}`)).toString('utf8');
    streamed = JSON.parse(text) as StatusReport;
    previous = asStreamed(await previousStatusReport(api, new Date(asOf)), streamed);
    expect(text).toBe(JSON.stringify(previous, null, 2));
  });

  it('writes the JSON the whole report gave, valid by its schema', () => {
    expect(() => statusReportSchema.parse(streamed)).not.toThrow();
    expect(streamed.changesSinceLastReview.items.length).toBeGreaterThan(0);
    expect(streamed.findings.length).toBeGreaterThan(0);
  });

  it('writes the Markdown the whole report gave, alone and in the zip with its charts', async () => {
    const markdown = (await download(`format=md&asOf=${asOf}`)).toString('utf8');
    expect(markdown).toBe(previousMarkdown({ ...previous, generatedAt: generatedAtIn(markdown) }));
    const zip = unzipSync(new Uint8Array(await download(`format=md-zip&asOf=${asOf}`)));
    const zipped = strFromU8(zip[`migration-status-${previous.date}.md`]!);
    const charts = await api.app.get(ChartsService).all({ asOf: new Date(asOf), weeks: undefined });
    expect(zipped).toBe(previousMarkdown({ ...previous, generatedAt: generatedAtIn(zipped) }, charts));
  });

  it('writes a PDF with the text the whole report gave, page for page', async () => {
    const charts = await api.app.get(ChartsService).all({ asOf: new Date(asOf), weeks: undefined });
    const [streamedPdf, previousBytes] = await Promise.all([
      download(`format=pdf&asOf=${asOf}`),
      bytesOf(previousPdf(previous, charts)),
    ]);
    expect(await pdfText(streamedPdf)).toBe(await pdfText(previousBytes));
  });
});

describe('streamed reports on a large portfolio, written to while they download', () => {
  const LARGE = 3_000;
  let before: number;

  beforeAll(async () => {
    const prisma = api.app.get(PrismaService);
    const inTransaction: InTransaction = (work) => prisma.$transaction((tx) => work(tx), { timeout: 120_000 });
    const until = new Date();
    const { ids } = await loadModels(
      inTransaction,
      api.app.get(ModelRepository),
      generatePortfolio({
        models: LARGE,
        events: LARGE * 3,
        exceptions: 0,
        seed: 16,
        from: new Date('2019-01-01T00:00:00Z'),
        until,
        firstIndex: 500_000,
      }),
      { models: LARGE, events: LARGE * 3, exceptions: 0 },
      () => undefined,
    );
    await refreshVerdicts(inTransaction, api.app.get(VerdictService), ids, () => undefined);
    before = (await api.http.get('/api/models?pageSize=1').expect(200)).body.total;
  }, 120_000);

  // One snapshot: the report counts what it lists, and of the models written meanwhile it holds
  // those committed before it started (the first ones), none of the later ones.
  it.each(['json', 'md', 'pdf'])('streams %s from one snapshot while models are added', async (format) => {
    const names = Array.from({ length: 10 }, (_, index) => `During ${format} ${index}`);
    const writes = (async () => {
      for (const name of names) await api.http.post('/api/models').send(newModel({ name })).expect(201);
    })();
    const [bytes] = await Promise.all([download(`format=${format}`), writes]);
    const text = format === 'pdf' ? await pdfText(bytes) : bytes.toString('utf8');
    const held = names.filter((name) => text.includes(name));
    expect(held).toEqual(names.slice(0, held.length));
    const listed = Number(/Models \((\d+)\)/.exec(text)?.[1] ?? NaN);
    if (format === 'json') {
      const report = statusReportSchema.parse(JSON.parse(text));
      expect(report.models).toHaveLength(report.summary.totalModels);
      expect(report.summary.totalModels).toBe(before + held.length);
      const flagged = report.models.filter((model) => ['violation', 'warning'].includes(model.verdict.status));
      expect(report.findings.map((finding) => finding.modelId).sort()).toEqual(flagged.map((model) => model.id).sort());
    } else {
      expect(listed).toBe(before + held.length);
    }
    if (format === 'md') {
      const rows = text
        .slice(text.indexOf(`## Models (${listed})`))
        .split('\n')
        .filter((line) => line.startsWith('| '));
      // The header, its separator and a line per model.
      expect(rows).toHaveLength(listed + 2);
    }
    before += names.length;
  });
});
