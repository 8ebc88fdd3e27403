// npm run bench [-- --quick | --models N --events N --exceptions N --duration S --connections C]
// Builds, seeds a large portfolio into a fresh embedded PostgreSQL, measures the API against its SQL
// floor and a bare "hello" route, and writes bench/results/latest.json. See bench/README.md.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { parseBenchArgs } from './lib/args.js';
import { measureCsvMemory } from './lib/csv-memory.js';
import { endpoints } from './lib/endpoints.js';
import { measureEndpoint } from './lib/measure-endpoint.js';
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
} from './lib/results.js';
import { seed, startApi, startHello, stopApi, type Ports } from './lib/servers.js';
import { measureHttp } from './lib/http-load.js';

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
    `${options.duration} s × ${options.connections} connections per endpoint; data in ${options.dataDir}`,
);

step('Fresh data directory; starting the API on it (empty database)');
await rm(options.dataDir, { recursive: true, force: true });
const empty = await startApi(options.dataDir, ports, token);
info(`healthy after ${fmt(empty.startMs)} ms (includes creating the PostgreSQL cluster and applying migrations)`);
await stopApi(empty.server);

step(`Loading ${fmt(options.models)} models / ${fmt(options.events)} events with the bulk loader`);
const loadMs = await seed(options.dataDir, ports, { ...options, firstIndex: 0 });
info(`loaded in ${fmt(loadMs / 1000, 1)} s`);

step('Starting the API on the large data directory');
const large = await startApi(options.dataDir, ports, token);
const api = large.server;
info(`healthy after ${fmt(large.startMs)} ms`);
const machineInfo = await machine(api.databaseUrl);

const results: EndpointResult[] = [];
let hello: BenchResults['hello'];
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

  for (const endpoint of endpoints(threeYearsAgo, runId)) {
    step(`${endpoint.method} ${endpoint.path}  (${endpoint.name})`);
    const result = await measureEndpoint(api, token, endpoint, options, hello.rps);
    results.push(result);
    info(
      result.skipped
        ? `skipped: ${result.skipped}`
        : result.note
          ? `${result.note} (SQL floor p50 ${fmt(result.floorP50 ?? 0, 2)} ms)`
          : `${fmt(result.rps ?? 0)} req/s, p50 ${fmt(result.p50 ?? 0, 1)} / p95 ${fmt(result.p95 ?? 0, 1)} / p99 ${fmt(result.p99 ?? 0, 1)} ms, ` +
            `${result.errors} errors; SQL floor p50 ${fmt(result.floorP50 ?? 0, 2)} ms (×${fmt(result.ratioToFloor ?? 0, 2)})`,
    );
  }
} finally {
  await stopApi(api);
}

let csvPeakRssMb: number | null = null;
let csvNote: string | undefined;
if (options.csvModels > 0) {
  step(`Peak RSS of the API while streaming a ${fmt(options.csvModels)}-model CSV report`);
  // A failure here still leaves the endpoint results worth writing.
  csvPeakRssMb = await measureCsvMemory(options, ports, token).catch((error: unknown) => {
    csvNote = `CSV memory not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    info(csvNote);
    return null;
  });
}

const { models, events, exceptions, csvModels, duration, warmup, connections, seed: seedValue } = options;
const final: BenchResults = {
  machine: machineInfo,
  sizes: { models, events, exceptions, csvModels, duration, warmup, connections, seed: seedValue },
  hello,
  endpoints: results,
  csvPeakRssMb,
  ...(csvNote ? { csvNote } : {}),
  startMs: { empty: Math.round(empty.startMs), large: Math.round(large.startMs) },
  loadMs: Math.round(loadMs),
  targets: checkTargets(results, csvPeakRssMb),
  generatedAt: new Date().toISOString(),
};
await writeResults(options.output, final);

step(`Results (${options.output})`);
console.log(`\n${table(final)}\n`);
for (const line of summaryLines(final)) console.log(line);
