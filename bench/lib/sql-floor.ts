import pg from 'pg';
import { summarize, type LatencyStats } from './stats.js';

/** One request's worth of SQL on a plain client; `n` is a counter for unique values. */
export type FloorWork = (client: pg.ClientBase, n: number) => Promise<unknown>;

export interface FloorResult extends LatencyStats {
  errors: number;
  firstError: string | null;
}

/** The same load shape as the HTTP runs: `connections` clients, each running `work` back to back. */
export async function measureSql(
  databaseUrl: string,
  work: FloorWork,
  seconds: number,
  connections: number,
): Promise<FloorResult> {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let counter = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          try {
            await work(client, counter++);
            latencies.push(performance.now() - t0);
          } catch (error) {
            if (errors++ === 0) firstError = error instanceof Error ? error.message : String(error);
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  return { ...summarize(latencies, (performance.now() - started) / 1000), errors, firstError };
}
