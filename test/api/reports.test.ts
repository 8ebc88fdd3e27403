import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANGE_GROUPS,
  CHART_TITLES,
  changeLine,
  FAMILY_COLORS,
  FRAMEWORK_FAMILIES,
  LEGACY_COLORS,
  LEGACY_SERIES_LABELS,
  REPORT_CHARTS,
  VERDICT_COLORS,
  LIFECYCLES,
  restoreCell,
  statusReportSchema,
  type ChangeGroup,
  type LatestChanges,
  type StatusReport,
} from '@mmt/domain';
import { SeedService } from '../../apps/api/src/seed/seed.service.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resolveSchema } from '../support/contract.js';
import { asBuffer, markdownTableAfter } from '../support/downloads.js';
import { newScanFindings, tf1Uses } from '@mmt/domain/testing';
import { newModel } from '../support/factories.js';
import { fillColors, pathOperatorCount, pdfStreams } from '../support/pdf.js';
import { readSvg } from '../support/svg.js';

let api: TestApi;
const AS_OF = '2026-01-15';

// Values a spreadsheet would run as formulas, and text that tests quoting and escaping.
const HOSTILE = [
  { name: '=HYPERLINK("http://evil.example","click")', description: '=1+2' },
  { name: '+cmd|calc', description: '+41 22 555 01 01' },
  { name: '-2+3 sentiment', description: '-10% latency, "quoted", and, commas' },
  { name: '@SUM(A1:A9) tagger', description: '@risk' },
  { name: 'Tab model', description: '\t=cmd' },
  { name: 'CR model', description: '\r=cmd' },
  { name: 'Pipes | and *stars* and_underscores', description: 'line one\nline two | with <b>html</b>' },
  { name: "Quote 'already' model", description: "'=already quoted" },
  { name: 'Zürich → 東京 classifier', description: 'Ünïcödé · 中文' },
];

beforeAll(async () => {
  api = await startTestApi();
  await api.app.get(SeedService).seedDemoIfEmpty(() => undefined);
  for (const [index, fields] of HOSTILE.entries()) {
    await api.http
      .post('/api/models')
      .send(
        newModel({
          ...fields,
          framework: index % 2 ? 'tensorflow' : 'pytorch',
          frameworkVersion: '1.15',
          startedOn: '2021-02-01',
          since: '2021-02-01',
        }),
      )
      .expect(201);
  }
});
afterAll(async () => {
  await api?.close();
});

/** How many models the model list finds with `query`. */
const listed = async (query: string): Promise<number> =>
  (await api.http.get(`/api/models?${query}&pageSize=1`).expect(200)).body.total;

const download = (query: string) =>
  api.http.get(`/api/reports/status?${query}`).buffer(true).parse(asBuffer).expect(200);

async function jsonReport(asOf = AS_OF): Promise<StatusReport> {
  const response = await download(`format=json&asOf=${asOf}`);
  return JSON.parse((response.body as Buffer).toString('utf8')) as StatusReport;
}

describe('the JSON report', () => {
  it('is a versioned download matching its schema and the compliance numbers', async () => {
    const response = await download(`format=json&asOf=${AS_OF}`);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="migration-status-2026-01-15.json"');
    const report = statusReportSchema.parse(JSON.parse((response.body as Buffer).toString('utf8')));
    expect(report.schemaVersion).toBe(1);
    expect(report.date).toBe(AS_OF);

    const compliance = (await api.http.get(`/api/compliance?asOf=${AS_OF}`).expect(200)).body;
    expect(report.policy.id).toBe(compliance.policy.id);
    expect(report.summary.counts).toEqual(compliance.counts);
    expect(report.summary.newProjectComplianceRate).toBe(compliance.newProjectComplianceRate);
    expect(report.models).toHaveLength(compliance.models.length);
    expect(report.summary.violations).toBe(compliance.counts.violation);
    const legacyInProduction = compliance.models.filter(
      (model: { lifecycle: string; framework: string }) =>
        model.lifecycle === 'production' && compliance.policy.legacyFrameworks.includes(model.framework),
    ).length;
    expect(report.summary.legacyInProduction).toBe(legacyInProduction);
    expect(legacyInProduction).toBeGreaterThan(0);
    expect(report.findings.filter((finding) => finding.status === 'violation')).toHaveLength(
      compliance.counts.violation,
    );
    expect(report.findings.every((finding) => finding.reason.length > 0)).toBe(true);
  });

  it('shows the past: fewer models at an earlier asOf, dated in the file name', async () => {
    const [then, now] = await Promise.all([jsonReport('2019-01-01'), jsonReport()]);
    expect(then.models.length).toBeGreaterThan(0);
    expect(then.models.length).toBeLessThan(now.models.length);
    expect((await download('format=json&asOf=2019-01-01')).headers['content-disposition']).toContain(
      'migration-status-2019-01-01.json',
    );
  });

  it('carries the changes since the last review', async () => {
    const report = await jsonReport();
    const changes: LatestChanges = (await api.http.get('/api/reviews/latest/changes').expect(200)).body;
    expect(report.changesSinceLastReview.since).toBe(changes.since);
    // The report lists every item, group after group; the review page each group's first ones.
    for (const group of CHANGE_GROUPS) {
      const listed = report.changesSinceLastReview.items.filter((item) => item.kind === group);
      expect(listed.length, group).toBe(changes.groups[group].total);
      expect(listed.slice(0, changes.groups[group].items.length)).toEqual(changes.groups[group].items);
    }
    expect(report.changesSinceLastReview.items.map((item) => item.kind)).toEqual(
      [...report.changesSinceLastReview.items]
        .sort((a, b) => CHANGE_GROUPS.indexOf(a.kind as ChangeGroup) - CHANGE_GROUPS.indexOf(b.kind as ChangeGroup))
        .map((item) => item.kind),
    );
    expect(report.changesSinceLastReview.items.length).toBeGreaterThan(0);
  });
});

type CsvRow = Record<string, string>;

async function csvRows(query: string): Promise<{ raw: string; rows: CsvRow[]; headers: string[] }> {
  const response = await download(query);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = response.body as Buffer;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const raw = bytes.toString('utf8').slice(1);
  const parsed = Papa.parse<CsvRow>(raw, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { raw, rows: parsed.data, headers: parsed.meta.fields ?? [] };
}

describe('the CSV report', () => {
  it('has one row per model whose numbers add up to the JSON report', async () => {
    const [report, { rows, raw, headers }] = await Promise.all([jsonReport(), csvRows(`format=csv&asOf=${AS_OF}`)]);
    expect(headers.slice(0, 3)).toEqual(['name', 'team', 'task']);
    expect(raw.split('\r\n')[0]).toBe(headers.join(','));
    expect(rows).toHaveLength(report.models.length);

    const count = (keep: (row: CsvRow) => boolean) => rows.filter(keep).length;
    for (const family of FRAMEWORK_FAMILIES)
      expect(count((row) => row.family === family)).toBe(report.summary.byFamily[family]);
    for (const lifecycle of LIFECYCLES)
      expect(count((row) => row.lifecycle === lifecycle)).toBe(report.summary.byLifecycle[lifecycle]);
    expect(count((row) => row.verdict === 'violation')).toBe(report.summary.violations);
    expect(count((row) => row.verdict === 'warning')).toBe(report.summary.warnings);
    expect(count((row) => row.verdict === 'exception')).toBe(report.summary.exceptions);
    expect(count((row) => row.legacyInProduction === 'true')).toBe(report.summary.legacyInProduction);
    const compliant = count((row) => row.newProject === 'true' && row.verdict === 'compliant');
    const violating = count((row) => row.newProject === 'true' && row.verdict === 'violation');
    expect(compliant / (compliant + violating)).toBeCloseTo(report.summary.newProjectComplianceRate!, 10);
    expect(new Set(rows.map((row) => row.asOf))).toEqual(new Set([report.asOf]));
    expect(new Set(rows.map((row) => row.policyVersion))).toEqual(new Set([String(report.policy.id)]));

    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const model of report.models) {
      const row = byId.get(model.id)!;
      expect(restoreCell(row.name!)).toBe(model.name);
      expect(row.verdict).toBe(model.verdict.status);
      expect(restoreCell(row.verdictReason!)).toBe(model.verdict.reason);
      expect(row.tags).toBe(model.tags.join(', '));
    }
    for (const change of report.changesSinceLastReview.items) {
      if (byId.has(change.modelId)) expect(byId.get(change.modelId)!.changesSinceLastReview).toContain(change.summary);
    }
  });

  it('ends each row with its latest scan and whether the code agrees, as the list filters and the summary counts', async () => {
    // The demo's scans are recent: the portfolio a minute from now, in both files.
    const asOf = new Date(Date.now() + 60_000).toISOString();
    const [report, { rows, headers }] = await Promise.all([jsonReport(asOf), csvRows(`format=csv&asOf=${asOf}`)]);
    expect(headers.slice(-3)).toEqual(['scannedFamily', 'scannedTf1Uses', 'code']);
    const count = (state: string) => rows.filter((row) => row.code === state).length;
    expect(report.summary.codeDisagrees).toBeGreaterThan(0);
    expect(count('disagrees')).toBe(report.summary.codeDisagrees);
    for (const state of ['disagrees', 'agrees', 'unscanned'])
      expect(count(state), state).toBe(await listed(`code=${state}&asOf=${asOf}`));
    for (const row of rows.filter((candidate) => candidate.code === 'unscanned'))
      expect([row.scannedFamily, row.scannedTf1Uses]).toEqual(['', '']);
    expect(rows.some((row) => Number(row.scannedTf1Uses) > 0)).toBe(true);
  });

  it('neutralises every cell a spreadsheet would run as a formula, and keeps the text recoverable', async () => {
    const { rows } = await csvRows('format=csv');
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    for (const hostile of HOSTILE) {
      const row = rows.find((candidate) => restoreCell(candidate.name!) === hostile.name);
      expect(row, hostile.name).toBeDefined();
      // The model rules trim text, so a leading tab or CR never reaches storage; the rest must come back intact.
      expect(restoreCell(row!.description!)).toBe(hostile.description.trim());
    }
    const formula = rows.find((row) => row.name!.includes('HYPERLINK'))!;
    expect(formula.name).toBe(`'${HOSTILE[0]!.name}`);
    expect(rows.find((row) => row.name === 'Tab model')!.description).toBe("'=cmd");
    expect(rows.find((row) => row.name!.startsWith('Quote'))!.description).toBe("''=already quoted");
  });

  it('reads the past page by page, the same models as the JSON report', async () => {
    const [report, { rows }] = await Promise.all([jsonReport('2019-06-30'), csvRows('format=csv&asOf=2019-06-30')]);
    expect(rows.map((row) => row.id).sort()).toEqual(report.models.map((model) => model.id).sort());
    expect(rows.map((row) => row.lifecycle).sort()).toEqual(report.models.map((model) => model.lifecycle).sort());
  });
});

describe('the Markdown report', () => {
  it('has headings, a summary table with the API numbers, the violations and every model', async () => {
    const response = await download(`format=md&asOf=${AS_OF}`);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('migration-status-2026-01-15.md');
    const markdown = (response.body as Buffer).toString('utf8');
    const report = await jsonReport();
    expect(markdown.startsWith(`# Model migration status — ${AS_OF}\n`)).toBe(true);

    const summary = markdownTableAfter(markdown, 'Summary')!;
    expect(summary.wellFormed).toBe(true);
    const kpi = new Map(summary.rows.map(([label, value]) => [label, value]));
    expect(kpi.get('Models')).toBe(String(report.summary.totalModels));
    expect(kpi.get('Violations')).toBe(String(report.summary.violations));
    expect(kpi.get('Warnings')).toBe(String(report.summary.warnings));
    expect(kpi.get('Exceptions')).toBe(String(report.summary.exceptions));
    expect(kpi.get('Legacy models in production')).toBe(String(report.summary.legacyInProduction));
    expect(kpi.get('Code disagrees with the registry')).toBe(String(report.summary.codeDisagrees));
    expect(kpi.get('New-project compliance rate')).toMatch(
      new RegExp(`^${Math.round(report.summary.newProjectComplianceRate! * 100)}%`),
    );

    const families = markdownTableAfter(markdown, 'Models by framework family')!;
    expect(families.wellFormed).toBe(true);
    expect(families.rows.at(-1)!.at(-1)).toBe(String(report.summary.totalModels));

    const findings = markdownTableAfter(markdown, 'Violations and warnings')!;
    expect(findings.wellFormed).toBe(true);
    expect(findings.rows.map((row) => [row[0], row[2], row[3]])).toEqual(
      report.findings.map((finding) => [finding.modelName, finding.status, finding.reason]),
    );

    const models = markdownTableAfter(markdown, 'Models (')!;
    expect(models.wellFormed).toBe(true);
    expect(models.headers).toContain('Verdict');
    expect(models.rows.map((row) => row[0])).toEqual(report.models.map((model) => model.name));
    const pipes = models.rows.find((row) => row[0]!.startsWith('Pipes'))!;
    expect(pipes[models.headers.indexOf('Description')]).toBe('line one\nline two | with <b>html</b>');
  });
});

describe('the PDF report', () => {
  it('is a PDF whose text has the title, date, KPIs, violations and models', async () => {
    const response = await download(`format=pdf&asOf=${AS_OF}`);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('migration-status-2026-01-15.pdf');
    const bytes = response.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { text } = await parser.getText();
    await parser.destroy();
    const report = await jsonReport();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Model migration status — ${AS_OF}`);
    expect(flat).toContain(`Models: ${report.summary.totalModels}`);
    expect(flat).toContain(`Violations: ${report.summary.violations}`);
    expect(flat).toContain(`Warnings: ${report.summary.warnings}`);
    expect(flat).toContain(`Exceptions: ${report.summary.exceptions}`);
    expect(flat).toContain(`Legacy models in production: ${report.summary.legacyInProduction}`);
    expect(flat).toContain(`Code disagrees with the registry: ${report.summary.codeDisagrees}`);
    expect(flat).toContain(
      `New-project compliance rate: ${Math.round(report.summary.newProjectComplianceRate! * 100)}%`,
    );
    expect(flat).toContain(`Violations and warnings (${report.findings.length})`);
    for (const model of report.models.filter(
      (candidate) => candidate.name.length < 25 && /^[\w &-]+$/.test(candidate.name),
    )) {
      expect(flat).toContain(model.name);
    }
    // Characters the standard fonts lack are replaced, never dropped silently into garbage.
    expect(flat).toContain('Zürich -> ?? classifier');
  });
});

describe('the PDF report’s charts', () => {
  it('opens with the four charts as vector paths in the palette, their titles, legends and notes, then the tables', async () => {
    const bytes = (await download(`format=pdf&asOf=${AS_OF}`)).body as Buffer;
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { pages } = await parser.getText();
    await parser.destroy();
    const first = pages[0]!.text.replace(/\s+/g, ' ');
    for (const name of REPORT_CHARTS) expect(first).toContain(CHART_TITLES[name]);
    expect(first).toContain('TensorFlow 1.x');
    expect(first).toContain(LEGACY_SERIES_LABELS.projected);
    expect(first).toContain('policy: new projects on PyTorch');
    expect(first).toMatch(/0 on \d{4}-\d{2}-\d{2}/);
    expect(first).toMatch(/The last one retires on \d{4}-\d{2}-\d{2}\./);
    // The tables come after the charts.
    expect(first).not.toContain('Violations and warnings');
    expect(pages[1]!.text).toContain('Summary');

    // Drawn, not pasted: filled and stroked paths in the chart colours, and no raster image anywhere.
    const streams = pdfStreams(bytes);
    const colours = new Set(streams.flatMap(fillColors));
    for (const colour of [
      FAMILY_COLORS['TensorFlow 1.x'],
      FAMILY_COLORS.PyTorch,
      VERDICT_COLORS.compliant,
      LEGACY_COLORS.actual,
    ])
      expect(colours).toContain(colour);
    const drawing = streams.filter((stream) => fillColors(stream).includes(FAMILY_COLORS.PyTorch));
    expect(drawing.reduce((sum, stream) => sum + pathOperatorCount(stream), 0)).toBeGreaterThan(200);
    expect(bytes.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });
});

describe('the Markdown report with its charts', () => {
  it('is a zip of the Markdown and the SVG files it links', async () => {
    const response = await download(`format=md-zip&asOf=${AS_OF}`);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe('attachment; filename="migration-status-2026-01-15.zip"');
    const entries = unzipSync(new Uint8Array(response.body as Buffer));
    expect(Object.keys(entries).sort()).toEqual(
      ['migration-status-2026-01-15.md', ...REPORT_CHARTS.map((name) => `charts/${name}.svg`)].sort(),
    );
    const markdown = strFromU8(entries['migration-status-2026-01-15.md']!);
    const links = [...markdown.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map(([, alt, path]) => ({
      alt: alt!,
      path: path!,
    }));
    expect(links.map((link) => link.path)).toEqual(REPORT_CHARTS.map((name) => `charts/${name}.svg`));
    for (const [index, link] of links.entries()) {
      const svg = readSvg(strFromU8(entries[link.path]!));
      expect(svg.title).toBe(CHART_TITLES[REPORT_CHARTS[index]!]);
      expect(link.alt).toBe(`${svg.title} (${AS_OF})`);
      expect(svg.description).toContain(`As of ${AS_OF}T23:59:59.999Z.`);
    }
    // The rest is the Markdown report as it is downloaded alone, which links no files it does not carry.
    const alone = ((await download(`format=md&asOf=${AS_OF}`)).body as Buffer).toString('utf8');
    expect(alone).not.toContain('](charts/');
    const tail = (text: string) => text.slice(text.indexOf('## Summary')).replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'T');
    expect(tail(markdown)).toBe(tail(alone));
  });
});

describe('asking for a report', () => {
  it.each(['format=xls', 'asOf=2020-02-30', 'asOf=yesterday'])(
    'rejects %s with 400 in the error shape',
    async (query) => {
      const response = await api.http.get(`/api/reports/status?${query}`).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.details.length).toBeGreaterThan(0);
    },
  );

  it('is documented in OpenAPI with the JSON report schema', async () => {
    const document = (await api.http.get('/api/docs/json').expect(200)).body;
    const operation = document.paths['/api/reports/status'].get;
    expect(operation.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['format', 'asOf']),
    );
    const schema = operation.responses['200'].content['application/json'].schema;
    expect(resolveSchema(document, schema).properties).toMatchObject({ schemaVersion: { enum: [1] } });
    expect(Object.keys(operation.responses['200'].content)).toEqual(
      expect.arrayContaining(['text/csv', 'text/markdown', 'application/pdf']),
    );
  });
});

describe('after a review, across many pages', () => {
  let drifted: { id: string };

  beforeAll(async () => {
    drifted = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Drifted ranker' }))
        .expect(201)
    ).body;
    await api.http.post('/api/reviews').send({ notes: 'Weekly review' }).expect(201);
    // Its code, registered on PyTorch, turns out to be TF 1.x, and then uses TF1 more.
    for (const tf1Apis of [tf1Uses(1), tf1Uses(2, 1)])
      await api.http
        .post(`/api/models/${drifted.id}/scans`)
        .send({ findings: newScanFindings({ tf1Apis }) })
        .expect(201);
    const legacy = (await api.http.get('/api/models?framework=tensorflow&lifecycle=production&pageSize=1').expect(200))
      .body.items[0];
    await api.http
      .patch(`/api/models/${legacy.id}`)
      .send({ version: legacy.version, migration: 'in_progress', migrationTarget: 'pytorch' })
      .expect(200);
    const models = Array.from({ length: 1_200 }, (_, index) =>
      newModel({
        name: `Paged ${String(index).padStart(4, '0')}`,
        framework: index % 4 ? 'pytorch' : 'jax',
        startedOn: '2023-01-01',
      }),
    );
    await api.http.post('/api/imports').send({ models }).expect(201);
  });

  it('carries, on each model row, exactly the changes the review page shows', async () => {
    const [report, { rows }] = await Promise.all([
      jsonReport(new Date(Date.now() + 60_000).toISOString()),
      csvRows('format=csv'),
    ]);
    expect(report.changesSinceLastReview.since).not.toBeNull();
    expect(report.changesSinceLastReview.items.some((item) => item.kind === 'newWarnings')).toBe(true);
    expect(rows).toHaveLength(report.models.length);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const lines = rows.flatMap((row) =>
      row.changesSinceLastReview ? row.changesSinceLastReview.split('\n').map((line) => `${row.id} ${line}`) : [],
    );
    const expected = report.changesSinceLastReview.items.map((item) => `${item.modelId} ${changeLine(item)}`);
    expect(lines.sort()).toEqual(expected.sort());
  });

  it('gives each model row the review page’s groups for it, the scans’ included', async () => {
    const [latest, { rows }] = await Promise.all([
      api.http.get('/api/reviews/latest/changes').expect(200),
      csvRows('format=csv'),
    ]);
    const { groups } = latest.body as LatestChanges;
    const cells = new Map(rows.map((row) => [row.id, row.changesSinceLastReview!.split('\n').filter(Boolean)]));
    const kinds = (id: string) => cells.get(id)!.map((line) => line.split(' ')[1]);
    expect(kinds(drifted.id)).toEqual(['newDisagreements:', 'tf1Increases:']);
    // Its latest scan is the row's code evidence.
    expect(rows.find((row) => row.id === drifted.id)).toMatchObject({
      scannedFamily: 'TensorFlow 1.x',
      scannedTf1Uses: '3',
      code: 'disagrees',
    });
    for (const group of CHANGE_GROUPS) {
      for (const item of groups[group].items) expect(cells.get(item.modelId), group).toContain(changeLine(item));
      const listed = [...cells.values()].flat().filter((line) => line.split(' ')[1] === `${group}:`);
      expect(listed.length, group).toBe(groups[group].total);
    }

    // A scan alone changes what the next download says.
    await api.http
      .post(`/api/models/${drifted.id}/scans`)
      .send({ findings: newScanFindings({ tf1Apis: tf1Uses(5) }) })
      .expect(201);
    const again = (await csvRows('format=csv')).rows.find((row) => row.id === drifted.id)!;
    expect(again.changesSinceLastReview!.match(/tf1Increases:/g)).toHaveLength(2);
  });

  it('repeats the models table header on every page of the PDF', async () => {
    const bytes = (await download('format=pdf')).body as Buffer;
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    const modelHeaders = (text.match(/Name\s+Team\s+Task\s+Framework\s+Lifecycle/g) ?? []).length;
    const otherHeaders = (text.match(/When\s+Model\s+Change\s+Summary|Model\s+Team\s+Verdict\s+Reason/g) ?? []).length;
    expect(total).toBeGreaterThan(20);
    expect(modelHeaders).toBeGreaterThanOrEqual(Math.ceil(1_200 / 40));
    // Every page after the first continues one of the long tables (violations, changes, models), headed again.
    expect(modelHeaders + otherHeaders).toBeGreaterThanOrEqual(total - 1);
    expect(text).toContain('Paged 1199');
  });
});
