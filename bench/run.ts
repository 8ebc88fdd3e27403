// npm run bench [-- --quick | --stress | --models N --events N --exceptions N --duration S --connections C]
// Builds, seeds a large portfolio into a fresh embedded PostgreSQL (or copies the one kept from an
// earlier run of the same sizes), measures every read endpoint quiet and under a steady stream of
// writes against its SQL floor and a bare "hello" route, and writes bench/results/latest.json.
// See bench/README.md.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { parseBenchArgs } from './lib/args.js';
import { endpoints } from './lib/endpoints.js';
import { measureEndpoint, notMeasured } from './lib/measure-endpoint.js';
import { measurePages, pagesToTime, type PageTiming } from './lib/page-timings.js';
import { fmt, info, step } from './lib/log.js';
import { freePort, stopProcess } from './lib/processes.js';
import {
  checkTargets,
  machine,
  summaryLines,
  table,
  writeResults,
  type BenchResults,
  type EndpointResult,
  type Workload,
} from './lib/results.js';
import { measureReports, type ReportStream } from './lib/report-memory.js';
import { keepSeeded, keptBeforeMigrations, restoreSeeded } from './lib/seeded-copy.js';
import { API_LOG, seed, startApi, startHello, stopApi, type ApiServer, type Ports } from './lib/servers.js';
import { measureHttp } from './lib/http-load.js';
import { startWriter, type WriterStats } from './lib/writer.js';

const options = parseBenchArgs(process.argv.slice(2));
const token = randomBytes(24).toString('hex');
const runId = randomBytes(4).toString('hex');
const ports: Ports = { api: await freePort(), postgres: await freePort() };
const threeYearsAgo = (() => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - 3);
  return date.toISOString().slice(0, 10);
})();

console.log(
  `Benchmark: ${fmt(options.models)} models, ${fmt(options.events)} events, ${fmt(options.exceptions)} exceptions; ` +
    `${options.duration} s × ${options.connections} connections per endpoint, quiet and under ${options.writesPerSecond} writes/s; ` +
    `data in ${options.dataDir}`,
);

await rm(API_LOG, { force: true });
step('Starting the API on an empty data directory');
const emptyDir = `${options.dataDir}-empty`;
await rm(emptyDir, { recursive: true, force: true });
const empty = await startApi(emptyDir, ports, token);
info(`healthy after ${fmt(empty.startMs)} ms (includes creating the PostgreSQL cluster and applying migrations)`);
await stopApi(empty.server);
await rm(emptyDir, { recursive: true, force: true });

let loadMs: number | null = null;
if (await restoreSeeded(options)) {
  step('Copied the portfolio kept from an earlier run of these sizes (--fresh seeds afresh)');
  if (await keptBeforeMigrations(options)) {
    // Kept before a migration, it gets it on the API's first start: done here and kept, so the
    // start measured below is a start, not an upgrade.
    const migrated = await startApi(options.dataDir, ports, token);
    await stopApi(migrated.server);
    info(`migrated and kept again in ${await keepSeeded(options)}`);
  }
} else {
  step(`Loading ${fmt(options.models)} models / ${fmt(options.events)} events with the bulk loader`);
  await rm(options.dataDir, { recursive: true, force: true });
  loadMs = await seed(options.dataDir, ports, { ...options, firstIndex: 0 });
  info(`loaded in ${fmt(loadMs / 1000, 1)} s; kept in ${await keepSeeded(options)} for the next run`);
}
if (options.seedOnly) process.exit(0);

step('Starting the API on the large data directory');
const large = await startApi(options.dataDir, ports, token);
const api = large.server;
info(`healthy after ${fmt(large.startMs)} ms`);
const machineInfo = await machine(api.databaseUrl);

/** A model of the portfolio, for the model page. */
async function someModelId(server: ApiServer): Promise<string> {
  const response = await fetch(`${server.url}/api/models?page=3`, { headers: { authorization: `Bearer ${token}` } });
  const { items } = (await response.json()) as { items: { id: string }[] };
  if (!items[0]) throw new Error('The portfolio has no models');
  return items[0].id;
}

/**
 * A team using the tool holds its weekly review: the review's changes are measured against the
 * last one (without any, every model's verdict is news). The seeded portfolio has none.
 */
async function holdReview(server: ApiServer): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const reviews = (await (await fetch(`${server.url}/api/reviews`, { headers })).json()) as unknown[];
  if (reviews.length > 0) return;
  const body = JSON.stringify({ attendees: ['Bench'], notes: 'The weekly review the changes are measured against' });
  const response = await fetch(`${server.url}/api/reviews`, { method: 'POST', headers, body });
  if (!response.ok) throw new Error(`Recording a review answered ${response.status}: ${await response.text()}`);
}

const results: EndpointResult[] = [];
const writerTotals: WriterStats = {
  rate: 0,
  creates: 0,
  edits: 0,
  exceptions: 0,
  scans: 0,
  failed: 0,
  firstFailure: null,
};
let hello: BenchResults['hello'];
let pages: PageTiming[] | null = null;
try {
  step('Floor: bare NestJS "hello" route on the same HTTP stack');
  const helloServer = await startHello(await freePort());
  try {
    const target = { url: `${helloServer.url}/api/hello`, method: 'GET' as const, headers: {} };
    if (options.warmup > 0) await measureHttp(target, options.warmup, options.connections);
    const measured = await measureHttp(target, options.duration, options.connections);
    hello = { rps: measured.rps, p50: measured.p50, p95: measured.p95, p99: measured.p99 };
    info(`${fmt(hello.rps)} req/s, p50 ${fmt(hello.p50, 2)} ms`);
  } finally {
    await stopProcess(helloServer.process);
  }

  step('Recording a weekly review, as the team would have');
  await holdReview(api);
  const modelId = await someModelId(api);
  const rates: number[] = [];
  for (const endpoint of endpoints(threeYearsAgo, runId, modelId)) {
    // A write endpoint is measured once: it is itself the load.
    const workloads: Workload[] = endpoint.method === 'GET' ? ['quiet', 'writes'] : ['quiet'];
    for (const workload of workloads) {
      step(
        `${endpoint.method} ${endpoint.path}  (${endpoint.name}; ${workload === 'quiet' ? 'quiet' : 'under writes'})`,
      );
      let writer: Awaited<ReturnType<typeof startWriter>> | null = null;
      let result: EndpointResult;
      try {
        if (workload === 'writes')
          writer = await startWriter(api, token, `${runId}-${results.length}`, options.writesPerSecond);
        result = await measureEndpoint(api, token, endpoint, workload, options, hello.rps);
      } catch (error) {
        // An endpoint the API cannot answer (its pool exhausted by the one before) leaves the rest worth writing.
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        result = { ...notMeasured(endpoint, workload), skipped: `failed: ${message}` };
      } finally {
        const wrote = await writer?.stop();
        if (wrote) {
          rates.push(wrote.rate);
          writerTotals.creates += wrote.creates;
          writerTotals.edits += wrote.edits;
          writerTotals.exceptions += wrote.exceptions;
          writerTotals.scans += wrote.scans;
          writerTotals.failed += wrote.failed;
          writerTotals.firstFailure ??= wrote.firstFailure;
          if (wrote.failed > 0) info(`the writer had ${wrote.failed} failures, the first: ${wrote.firstFailure}`);
        }
      }
      results.push(result);
      info(
        result.skipped
          ? `skipped: ${result.skipped}`
          : result.note
            ? `${result.note} (SQL floor p50 ${fmt(result.floorP50 ?? 0, 2)} ms)`
            : `${fmt(result.rps ?? 0)} req/s, p50 ${fmt(result.p50 ?? 0, 1)} / p95 ${fmt(result.p95 ?? 0, 1)} / p99 ${fmt(result.p99 ?? 0, 1)} ms, ` +
              `${result.errors} errors; SQL floor p50 ${result.floorP50 === null ? '—' : `${fmt(result.floorP50, 2)} ms (×${fmt(result.ratioToFloor ?? 0, 2)})`}`,
      );
    }
  }
  writerTotals.rate = rates.length ? rates.reduce((sum, rate) => sum + rate, 0) / rates.length : 0;

  if (options.browser) {
    step('Each page of the web app in Chromium: first content, data drawn, the API answers it needed');
    pages = await measurePages(api, token, pagesToTime(modelId, threeYearsAgo));
  }
} finally {
  await stopApi(api);
}

let reports: ReportStream[] = [];
let csvNote: string | undefined;
if (options.csvModels > 0) {
  // The other formats are measured at the stress size: at the default size the CSV stands for them.
  const formats = options.stress ? (['csv', 'md', 'json', 'pdf'] as const) : (['csv'] as const);
  step(
    `Start and peak RSS of the API while streaming the ${fmt(options.csvModels)}-model report: ${formats.join(', ')}`,
  );
  // A failure here still leaves the endpoint results worth writing.
  reports = await measureReports(options, ports, token, formats).catch((error: unknown) => {
    csvNote = `Reports not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    info(csvNote);
    return [];
  });
}
const csvPeakRssMb = reports.find((report) => report.format === 'csv' && !report.error)?.peakRssMb ?? null;

const { models, events, exceptions, csvModels, duration, warmup, connections, writesPerSecond } = options;
const final: BenchResults = {
  machine: machineInfo,
  sizes: { models, events, exceptions, csvModels, duration, warmup, connections, seed: options.seed, writesPerSecond },
  writer: writerTotals,
  hello,
  endpoints: results,
  csvPeakRssMb,
  ...(csvNote ? { csvNote } : {}),
  reports,
  pages,
  startMs: { empty: Math.round(empty.startMs), large: Math.round(large.startMs) },
  loadMs: loadMs === null ? null : Math.round(loadMs),
  targets: checkTargets(results, csvPeakRssMb, reports, pages),
  generatedAt: new Date().toISOString(),
};
await writeResults(options.output, final);

step(`Results (${options.output})`);
console.log(`\nQuiet\n\n${table(final, 'quiet')}\n\nUnder ${writesPerSecond} writes/s\n\n${table(final, 'writes')}\n`);
for (const line of summaryLines(final)) console.log(line);
