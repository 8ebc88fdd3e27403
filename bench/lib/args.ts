import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  models: number;
  events: number;
  exceptions: number;
  /** Seconds each endpoint is measured for, after a warm-up. */
  duration: number;
  warmup: number;
  connections: number;
  /** Portfolio size for the CSV memory measurement (models added to the large one). */
  csvModels: number;
  seed: number;
  /** Writes per second in the under-writes workload. */
  writesPerSecond: number;
  /** Seed afresh even when a seeded copy of this portfolio is kept. */
  fresh: boolean;
  dataDir: string;
  output: string;
  quick: boolean;
  stress: boolean;
  /** Time every page in Chromium (at the stress size by default). */
  browser: boolean;
  /** Only seed (and keep) the portfolio, measure nothing: a later run of these sizes starts at once. */
  seedOnly: boolean;
}

const QUICK = { models: 1_000, events: 50_000, exceptions: 30, duration: 3, warmup: 1, csvModels: 5_000 };
const DEFAULTS = { models: 20_000, events: 1_000_000, exceptions: 600, duration: 6, warmup: 2, csvModels: 100_000 };
const STRESS = { models: 100_000, events: 2_000_000, exceptions: 3_000, duration: 6, warmup: 2, csvModels: 100_000 };

export const USAGE = `npm run bench -- [--quick | --stress] [--models 20000] [--events 1000000] [--exceptions 600]
                 [--duration 6] [--warmup 2] [--connections 10] [--writes-per-second 5] [--csv-models 100000]
                 [--seed 1] [--fresh] [--seed-only] [--browser] [--data-dir <dir>] [--output bench/results/latest.json]`;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      stress: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      browser: { type: 'boolean' },
      'seed-only': { type: 'boolean', default: false },
      'writes-per-second': { type: 'string', default: '5' },
      models: { type: 'string' },
      events: { type: 'string' },
      exceptions: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string', default: '10' },
      'csv-models': { type: 'string' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string', default: path.join(os.tmpdir(), 'mmt-bench-data') },
      output: { type: 'string', default: 'bench/results/latest.json' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.quick && values.stress) throw new Error(`--quick and --stress exclude each other\n${USAGE}`);
  const base = values.quick ? QUICK : values.stress ? STRESS : DEFAULTS;
  const int = (name: string, text: string | undefined, fallback: number, min = 0) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${name} must be a whole number ≥ ${min}, got "${text}"\n${USAGE}`);
    return value;
  };
  const models = int('models', values.models, base.models, 1);
  return {
    models,
    events: int('events', values.events, base.events, models),
    exceptions: int('exceptions', values.exceptions, base.exceptions),
    duration: int('duration', values.duration, base.duration, 1),
    warmup: int('warmup', values.warmup, base.warmup),
    connections: int('connections', values.connections, 10, 1),
    csvModels: int('csv-models', values['csv-models'], base.csvModels),
    seed: int('seed', values.seed, 1),
    writesPerSecond: int('writes-per-second', values['writes-per-second'], 5, 1),
    fresh: values.fresh,
    dataDir: path.resolve(values['data-dir']),
    output: path.resolve(values.output),
    quick: values.quick,
    stress: values.stress,
    browser: values.browser ?? values.stress,
    seedOnly: values['seed-only'],
  };
}
