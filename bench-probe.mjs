import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, load, roundRobin, seedActivities, untilUp } from '/work/main/dist/bench/http-commands.bench.js';
const dataDir = mkdtempSync(join(tmpdir(), 'apm-probe-'));
const port = await freePort();
const token = 'probe-token-0123456789abcdef0123';
const extra = (process.env.PROBE_ENV ?? '').split(' ').filter(Boolean).map((kv) => kv.split('='));
const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), BOOTSTRAP_ADMIN_TOKEN: token, RATE_LIMIT_WRITES_PER_MINUTE: '100000000', LOG_LEVEL: 'warn', ...Object.fromEntries(extra) };
delete env.DATABASE_URL;
const service = spawn(process.execPath, [...(process.env.PROBE_NODE ?? '').split(' ').filter(Boolean), '/work/main/dist/apps/api/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const mem = async (label) => {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
  const pick = (name) => Math.round(Number((text.match(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm')) ?? [])[1]) / 1048576);
  const status = (await import('node:fs')).readFileSync(`/proc/${service.pid}/status`, 'utf8');
  const rss = Math.round(Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024);
  console.log(JSON.stringify({ label, rss, heapUsed: pick('nodejs_heap_size_used_bytes'), heapTotal: pick('nodejs_heap_size_total_bytes'), external: pick('nodejs_external_memory_bytes'), resident: pick('process_resident_memory_bytes') }));
};
await untilUp(port, 120);
const reports = roundRobin(await seedActivities(port, token, 200));
await mem('seeded');
for (let i = 0; i < Number(process.env.PROBE_ROUNDS ?? 3); i++) {
  const r = await load(port, token, 8, reports, { seconds: 40 });
  await mem(`after ${40 * (i + 1)} s at ${r.rate}/s cpu?`);
}
service.kill('SIGTERM');
