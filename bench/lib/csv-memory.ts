import type { BenchOptions } from './args.js';
import { fmt, info } from './log.js';
import { memoryOf, resetPeakMemory } from './processes.js';
import { seed, startApi, stopApi, type Ports } from './servers.js';

const SAMPLE_MS = 20;
// The added models only need to exist with a state and a verdict: a created event and one change each.
const EVENTS_PER_ADDED_MODEL = 2;

/**
 * Grows the portfolio to `csvModels` models, then streams the CSV report from a freshly started API
 * and returns the API process's peak RSS during the download (MB), or null when the route is missing.
 */
export async function measureCsvMemory(options: BenchOptions, ports: Ports, token: string): Promise<number | null> {
  const extra = options.csvModels - options.models;
  if (extra > 0) {
    info(`adding ${fmt(extra)} models to reach ${fmt(options.csvModels)}`);
    await seed(options.dataDir, ports, {
      models: extra,
      events: extra * EVENTS_PER_ADDED_MODEL,
      exceptions: 0,
      seed: options.seed,
      firstIndex: options.models,
    });
  }
  const { server } = await startApi(options.dataDir, ports, token);
  try {
    const pid = server.process.pid;
    const before = memoryOf(pid);
    const hwmReset = resetPeakMemory(pid);
    let peakSampled = before?.rssMb ?? 0;
    const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, memoryOf(pid)?.rssMb ?? 0)), SAMPLE_MS);
    const started = performance.now();
    let bytes = 0;
    let lines = 0;
    try {
      const response = await fetch(`${server.url}/api/reports/status?format=csv`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status === 404) {
        await response.arrayBuffer();
        info('skipped: /api/reports/status does not exist yet (404)');
        return null;
      }
      if (!response.ok || !response.body)
        throw new Error(`CSV report answered ${response.status}: ${await response.text()}`);
      for await (const chunk of response.body) {
        bytes += chunk.byteLength;
        for (const byte of chunk) if (byte === 10) lines++;
      }
    } finally {
      clearInterval(sampler);
    }
    const after = memoryOf(pid);
    const peak = Math.max(peakSampled, hwmReset ? (after?.peakMb ?? 0) : 0);
    info(
      `${fmt(lines)} lines, ${fmt(bytes / 2 ** 20, 1)} MB in ${fmt((performance.now() - started) / 1000, 1)} s; ` +
        `RSS before ${fmt(before?.rssMb ?? 0)} MB, peak ${fmt(peak)} MB (${hwmReset ? 'kernel peak mark' : 'sampled every 20 ms'})`,
    );
    return peak;
  } finally {
    await stopApi(server);
  }
}
