import type { ScanBody } from '@mmt/domain';
import { newScanFindings, tf1Uses } from '@mmt/domain/testing';
import { newModelBody } from './floor-queries.js';
import type { ApiServer } from './servers.js';

export interface WriterStats {
  /** Writes sent per second over the run (the target is the rate asked for). */
  rate: number;
  creates: number;
  edits: number;
  exceptions: number;
  scans: number;
  failed: number;
  /** The first failure's status and body, to show. */
  firstFailure: string | null;
}

interface Target {
  id: string;
  version: number;
}

const LIFECYCLES = ['research', 'development', 'staging', 'production'] as const;

/**
 * A steady stream of writes while the readers measure, as CI pipelines and a team would make them:
 * a new model, an edit of an existing one, an exception granted and a scan posted from CI, in turn,
 * `perSecond` a second,
 * each sent on its tick whether or not the previous one has answered.
 */
export async function startWriter(
  api: ApiServer,
  token: string,
  runId: string,
  perSecond: number,
): Promise<{ stop: () => Promise<WriterStats> }> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  // Existing models to edit and grant exceptions to: the hundred least recently changed.
  const response = await fetch(`${api.url}/api/models?pageSize=100&sort=updatedAt`, { headers });
  if (!response.ok) throw new Error(`The writer could not list models: ${response.status} ${await response.text()}`);
  const listed = (await response.json()) as { items: Target[] };
  const targets = listed.items.map(({ id, version }) => ({ id, version }));
  if (targets.length === 0) throw new Error('The writer found no models to edit');
  const stats: WriterStats = { rate: 0, creates: 0, edits: 0, exceptions: 0, scans: 0, failed: 0, firstFailure: null };
  const pending = new Set<Promise<void>>();
  let tick = 0;

  const send = async (path: string, method: 'POST' | 'PATCH', body: object): Promise<Response | null> => {
    const response = await fetch(`${api.url}${path}`, { method, headers, body: JSON.stringify(body) });
    if (response.ok) return response;
    stats.failed++;
    stats.firstFailure ??= `${method} ${path} → ${response.status} ${(await response.text()).slice(0, 200)}`;
    return null;
  };
  const write = async (n: number) => {
    const target = targets[Math.floor(n / 4) % targets.length]!;
    switch (n % 4) {
      case 0:
        if (await send('/api/models', 'POST', newModelBody(`Writer ${runId}-${n}`))) stats.creates++;
        return;
      case 1: {
        const lifecycle = LIFECYCLES[n % LIFECYCLES.length]!;
        const response = await send(`/api/models/${target.id}`, 'PATCH', { version: target.version, lifecycle });
        if (!response) return;
        target.version = ((await response.json()) as Target).version;
        stats.edits++;
        return;
      }
      case 2: {
        if (await send(`/api/models/${target.id}/scans`, 'POST', scanBody(n))) stats.scans++;
        return;
      }
      default: {
        const expiresOn = new Date(Date.now() + (30 + (n % 300)) * 86_400_000).toISOString().slice(0, 10);
        const body = { reason: `Benchmark writer ${n}`, approvedBy: 'Bench', expiresOn };
        if (await send(`/api/models/${target.id}/exceptions`, 'POST', body)) stats.exceptions++;
      }
    }
  };

  const started = performance.now();
  const timer = setInterval(() => {
    const running = write(tick++).catch((error: unknown) => {
      stats.failed++;
      stats.firstFailure ??= error instanceof Error ? error.message : String(error);
    });
    pending.add(running);
    void running.finally(() => pending.delete(running));
  }, 1000 / perSecond);

  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
      return { ...stats, rate: tick / ((performance.now() - started) / 1000) };
    },
  };
}

/** What `mmt scan --post` sends from a TensorFlow 1.x repository whose TF1 API uses come and go. */
function scanBody(n: number): ScanBody {
  return { commit: n.toString(16).padStart(12, '0'), findings: newScanFindings({ tf1Apis: tf1Uses(n % 7) }) };
}
