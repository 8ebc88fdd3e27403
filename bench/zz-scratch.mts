import autocannon from 'autocannon';
import pg from 'pg';
let n = 0;
const c = new pg.Client('postgresql://postgres:postgres@localhost:54377/mmt'); await c.connect();
const waits = new Map<string, number>();
const timer = setInterval(async () => {
  const r = await c.query(`select state, coalesce(wait_event_type,'-')||':'||coalesce(wait_event,'-') w, left(query, 40) q from pg_stat_activity where datname='mmt' and pid <> pg_backend_pid()`);
  for (const row of r.rows) { const k = `${row.state} ${row.w} ${row.state === 'active' ? row.q : ''}`; waits.set(k, (waits.get(k) ?? 0) + 1); }
}, 10);
autocannon({ url: 'http://127.0.0.1:3977/api/models', connections: 10, duration: 4, requests: [{ method: 'POST', headers: { authorization: 'Bearer benchbenchbenchbenchbenchbench', 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: JSON.stringify({ name: `zz ${Date.now()} ${n++}`, team: 'B', task: 'x', framework: 'pytorch', frameworkVersion: '2.8.0', lifecycle: 'research', startedOn: '2026-11-01' }) }) }] }, async (e, r) => { clearInterval(timer); console.log(e, r.requests.average, r.latency.p50, r.non2xx); console.log([...waits].sort((a, b) => b[1] - a[1]).slice(0, 15)); await c.end(); });
