import type { ReportFormat } from '@mmt/domain';
import type { BenchOptions } from './args.js';
import { fmt, info } from './log.js';
import { memoryOf, resetPeakMemory } from './processes.js';
import { seed, startApi, stopApi, type Ports } from './servers.js';

const SAMPLE_MS = 20;
// The added models only need to exist with a state and a verdict: a created event and one change each.
const EVENTS_PER_ADDED_MODEL = 2;

export interface ReportStream {
  format: ReportFormat;
  /** Request sent → first byte of the body, ms. */
  firstByteMs: number | null;
  seconds: number;
  mb: number;
  rssBeforeMb: number | null;
  /** Peak resident memory of the API process during the download, MB. */
  peakRssMb: number | null;
  error?: string;
}

/**
 * Grows the portfolio to `csvModels` models, starts the API afresh, then downloads the status report
 * in each format in turn, measuring when its first byte arrives and the API process's peak RSS while
 * it streams (the kernel's peak mark, reset before each format; sampled every 20 ms as a fallback).
 */
export async function measureReports(
  options: BenchOptions,
  ports: Ports,
  token: string,
  formats: readonly ReportFormat[],
): Promise<ReportStream[]> {
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
  const streams: ReportStream[] = [];
  try {
    const pid = server.process.pid;
    for (const format of formats) {
      const before = memoryOf(pid);
      const hwmReset = resetPeakMemory(pid);
      let peakSampled = before?.rssMb ?? 0;
      const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, memoryOf(pid)?.rssMb ?? 0)), SAMPLE_MS);
      const started = performance.now();
      const stream: ReportStream = {
        format,
        firstByteMs: null,
        seconds: 0,
        mb: 0,
        rssBeforeMb: before?.rssMb ?? null,
        peakRssMb: null,
      };
      let bytes = 0;
      try {
        const response = await fetch(`${server.url}/api/reports/status?format=${format}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!response.ok || !response.body)
          throw new Error(`answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
        for await (const chunk of response.body) {
          stream.firstByteMs ??= performance.now() - started;
          bytes += chunk.byteLength;
        }
      } catch (error) {
        stream.error = error instanceof Error ? error.message : String(error);
      } finally {
        clearInterval(sampler);
      }
      const after = memoryOf(pid);
      stream.seconds = (performance.now() - started) / 1000;
      stream.mb = bytes / 2 ** 20;
      stream.peakRssMb = Math.max(peakSampled, hwmReset ? (after?.peakMb ?? 0) : 0);
      streams.push(stream);
      info(
        stream.error
          ? `${format}: ${stream.error}`
          : `${format}: first byte after ${fmt(stream.firstByteMs ?? NaN)} ms, ${fmt(stream.mb, 1)} MB in ${fmt(stream.seconds, 1)} s; ` +
              `RSS before ${fmt(stream.rssBeforeMb ?? 0)} MB, peak ${fmt(stream.peakRssMb)} MB (${hwmReset ? 'kernel peak mark' : 'sampled every 20 ms'})`,
      );
    }
    return streams;
  } finally {
    await stopApi(server);
  }
}
