import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '#event-store';
import { ALL_PROJECTIONS, rebuildProjections } from '#read-models';
import { generateDataset } from './dataset.js';
import { freePort, untilUp } from './http-commands.bench.js';
import { benchDatabase, benchPool, percentile, report, spawnApi, stopProcess } from './support.js';

const EVENTS = Number(process.env.BENCH_TIME_TRAVEL_EVENTS ?? 50_000);
const COLD = Number(process.env.BENCH_TIME_TRAVEL_COLD ?? 20);
const WARM = Number(process.env.BENCH_REQUESTS ?? 200);

/**
 * The plan dashboard with knownAt or asOf next to the live one, in one run: cold (a clock not asked
 * before: records whose rows cannot answer for it are folded from their events) after everything, at
 * moments over the whole recording and on business dates over the plan's years; and warm (the same
 * knownAt again, answered from the cache while the log has not moved).
 */
export async function timeTravelBenchmark(): Promise<void> {
  const db = await benchDatabase(10);
  const pool = benchPool(db.url, 8);
  const store = new PostgresEventStore(pool, { preparedStatements: true });
  const token = `bench-${randomUUID()}-${randomUUID()}`;
  try {
    const { planIds, events } = await generateDataset(pool, EVENTS);
    await rebuildProjections(db.dataSource, store, ALL_PROJECTIONS, { pageSize: 5000 });
    // knownAt_past_cold: moments spread over the whole recording (before, during and after the plan's own
    // records), read before the service starts: its bootstrap admin is recorded now, months after the dataset.
    const [{ first, last }] = (await pool.query("SELECT min((metadata->>'recordedAt')::timestamptz) AS first, max((metadata->>'recordedAt')::timestamptz) AS last FROM events")).rows as { first: Date; last: Date }[];
    // The compiled service in its own process, as `npm start` starts it: not beside the generator's heap.
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: db.url, PORT: String(port), RUN_PROJECTOR: 'false', LOG_LEVEL: 'error', BOOTSTRAP_ADMIN_TOKEN: token, RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE: '1000000' };
    const service = spawnApi(env);
    await untilUp(port, 60);
    const base = `http://127.0.0.1:${port}`;
    const dashboard = `/plans/${planIds[0]}/dashboard`;
    const measure = async (name: string, count: number, query: (i: number) => string) => {
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = process.hrtime.bigint();
        const response = await fetch(`${base}${dashboard}${query(i)}`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${dashboard}${query(i)} → ${response.status}`);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      samples.sort((a, b) => a - b);
      report({ figure: 'time_travel_dashboard_ms', query: name, events, requests: count, p50: +percentile(samples, 50).toFixed(1), p95: +percentile(samples, 95).toFixed(1) });
    };
    // knownAt_cold: every knownAt after the last event, so all answers equal the live one; each distinct one is a cache miss.
    const after = (i: number) => new Date(Date.parse('2027-01-01T00:00:00Z') + i * 1000).toISOString();
    const past = (i: number) => new Date(first.getTime() + ((last.getTime() - first.getTime()) * (i + 0.5)) / COLD).toISOString();
    // asOf_cold: business dates spread over the plan's years, none asked twice.
    const asOf = (i: number) => new Date(Date.parse('2015-06-30T00:00:00Z') + Math.floor((i * 2000) / COLD) * 86_400_000).toISOString().slice(0, 10);
    try {
      // The service has just started: its code is warmed first on another plan (not the one measured, whose
      // pages stay unread), so that the figures are those of the reads, not of the JIT compiler.
      for (let i = 0; i < 10; i++) {
        for (const query of ['', `?knownAt=${after(100 + i)}`, `?knownAt=${past(i)}`, `?asOf=${asOf(i)}`]) {
          const response = await fetch(`${base}/plans/${planIds[1]}/dashboard${query}`, { headers: { authorization: `Bearer ${token}` } });
          await response.arrayBuffer();
        }
      }
      await measure('live', WARM, () => '');
      await measure('knownAt_cold', COLD, (i) => `?knownAt=${after(i + 1)}`);
      await measure('knownAt_past_cold', COLD, (i) => `?knownAt=${past(i)}`);
      await measure('asOf_cold', COLD, (i) => `?asOf=${asOf(i)}`);
      await measure('knownAt_warm', WARM, () => `?knownAt=${after(0)}`);
    } finally {
      await stopProcess(service);
    }
  } finally {
    await pool.end();
    await db.drop();
  }
}
