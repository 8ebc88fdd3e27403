import http from 'node:http';
import { it } from 'vitest';
import { startTestApi } from '../support/api.js';

const HEADER = 'name,team,framework,frameworkVersion,lifecycle,startedOn,tags,since';

it('measures a 100k CSV download', async () => {
  const api = await startTestApi();
  for (let batch = 0; batch < 10; batch += 1) {
    const lines = Array.from({ length: 10_000 }, (_, i) => {
      const n = batch * 10_000 + i;
      return n % 3 === 0 ? `Bulk ${n},Team ${n % 17},tensorflow,1.15,production,2019-01-01,legacy,2019-06-01` : `Bulk ${n},Team ${n % 17},pytorch,2.${n % 5},development,2022-03-01,"a, b",`;
    });
    const t = performance.now();
    await api.http.post('/api/imports').set('content-type', 'text/csv').send([HEADER, ...lines].join('\r\n')).expect(201);
    console.log(`batch ${batch}: ${Math.round(performance.now() - t)} ms`);
  }
  if (process.env.WITH_REVIEW) { const t = performance.now(); await api.http.post('/api/reviews').send({ notes: 'x' }).expect(201); console.log(`review ${Math.round(performance.now() - t)} ms`); }
  const server = api.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  for (const query of ['format=csv', 'format=csv', 'format=csv&asOf=2023-01-01']) {
    global.gc?.();
    const base = process.memoryUsage();
    let peakHeap = base.heapUsed;
    let peakRss = base.rss;
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }, 20);
    const t = performance.now();
    const { bytes, lines } = await new Promise<{ bytes: number; lines: number }>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: `/api/reports/status?${query}`, headers: { authorization: `Bearer ${api.adminToken}` } }, (res) => {
        let bytes = 0;
        let lines = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (const b of chunk) if (b === 10) lines += 1;
        });
        res.on('end', () => resolve({ bytes, lines }));
        res.on('error', reject);
      });
    });
    clearInterval(timer);
    console.log(`${query}: ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t)} ms; heap base ${(base.heapUsed / 1e6).toFixed(0)} MB peak ${(peakHeap / 1e6).toFixed(0)} MB; rss base ${(base.rss / 1e6).toFixed(0)} peak ${(peakRss / 1e6).toFixed(0)} MB`);
  }
  await api.close();
}, 900_000);
