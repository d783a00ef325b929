import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { PostgresEventStore, type RecordedEvent } from '#event-store';
import { ALL_PROJECTIONS, Projector, rebuildProjections, type Projection } from '#read-models';
import { freePort, untilUp } from './http-commands.bench.js';
import { dashboardInBrowser, ensureWebBuilt } from './dashboard-browser.js';
import { generateDataset } from './dataset.js';
import { benchDatabase, benchPool, percentile, report, runCli, spawnApi, stopProcess, timed } from './support.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const LAG_SECONDS = Number(process.env.BENCH_LAG_SECONDS ?? 10);

/** The large-dataset figures of the read side: rebuild, query latency, projection lag under load. */
export async function datasetBenchmark(): Promise<void> {
  const db = await benchDatabase(10);
  const pool = benchPool(db.url, 8);
  const store = new PostgresEventStore(pool, { preparedStatements: true });
  try {
    const generated = await timed(() => generateDataset(pool, EVENTS));
    const { events, planIds, donorIds } = generated.result;
    // A log that lived in a database has been vacuumed long before anyone rebuilds from it (autovacuum):
    // the rebuild, its first reader here, would otherwise also set every row's hint bits.
    const vacuum = await timed(() => pool.query('VACUUM (ANALYZE) events'));
    report({ figure: 'dataset', events, activities: generated.result.activities, plans: planIds.length, seconds: +generated.seconds.toFixed(1), vacuum_seconds: +vacuum.seconds.toFixed(1) });

    const rebuild = await rebuildByCli(db.url);
    const rows = await countRows(db.dataSource.manager);
    // What any rebuild must do first: read the whole log, page by page.
    const readOnly = await timed(async () => {
      for (let page = await store.readAll(null, 5000); page.length > 0; page = await store.readAll(page[page.length - 1].position, 5000));
    });
    const copy = await timed(() => copyOfSameRows(pool));
    const rebuildRate = events / rebuild.seconds;
    const copyRate = events / copy.seconds;
    // The way every rebuild went before the in-memory fold, for comparison in the same run.
    const byStatements = await rebuildProjections(db.dataSource, store, ALL_PROJECTIONS, { pageSize: 5000, bulk: false });
    report({ figure: 'rebuild', events, method: rebuild.method, in_database: rebuild.inDatabase, statements_events_per_s: Math.round(events / byStatements.seconds), read_log_only_events_per_s: Math.round(events / readOnly.seconds), read_model_rows: rows, seconds: +rebuild.seconds.toFixed(1), events_per_s: Math.round(rebuildRate), copy_same_rows_seconds: +copy.seconds.toFixed(1), copy_equivalent_events_per_s: Math.round(copyRate), ratio: +(rebuildRate / copyRate).toFixed(2), goal_ratio: 0.5, goal_events_per_s: 40_000 });

    await queryLatency(db.url, planIds[0], donorIds[0]);
    await projectionLagUnderLoad(db.dataSource, store);
  } finally {
    await pool.end();
    await db.drop();
  }
}

/** `npm run cli -- projections rebuild`, in its own process with its own Node flags, as a person runs it. */
async function rebuildByCli(url: string): Promise<{ seconds: number; method: string; inDatabase: string }> {
  const out = await runCli(['projections', 'rebuild'], { DATABASE_URL: url, LOG_LEVEL: 'error' });
  const done = /rebuilt .* from \d+ events in ([\d.]+) s \(\d+ events\/s, written by (\w+)\)(?:; inside the database, next to the log: (.*))?/.exec(out);
  if (!done) throw new Error(`no rebuild report in:\n${out}`);
  return { seconds: Number(done[1]), method: done[2], inDatabase: done[3] ?? '' };
}

async function countRows(tx: EntityManager): Promise<number> {
  let total = 0;
  for (const table of ALL_PROJECTIONS.flatMap((p) => p.tables)) total += (await tx.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return total;
}

/**
 * The baseline: the rebuilt rows copied (COPY out, COPY in) into copies of the tables with no index, every
 * index built after, as the rebuild writes them; on two connections side by side, the largest tables
 * first, as the rebuild's writer copies.
 */
async function copyOfSameRows(pool: pg.Pool): Promise<void> {
  const sizes: { table: string }[] = (
    await pool.query(`SELECT relname AS table FROM pg_class WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace ORDER BY pg_relation_size(oid) DESC`, [
      ALL_PROJECTIONS.flatMap((p) => p.tables),
    ])
  ).rows;
  const tables = sizes.map((s) => s.table);
  const lane = async () => {
    const reader = await pool.connect();
    const writer = await pool.connect();
    try {
      for (let table = tables.shift(); table; table = tables.shift()) await copyTable(reader, writer, table);
    } finally {
      reader.release();
      writer.release();
    }
  };
  await Promise.all([lane(), lane()]);
}

async function copyTable(reader: pg.PoolClient, writer: pg.PoolClient, table: string): Promise<void> {
  await writer.query(`CREATE TABLE copy_${table} (LIKE ${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY)`);
  const indexes: { indexdef: string; indexname: string }[] = (await writer.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1`, [table])).rows;
  const columns: string = (await writer.query(`SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) AS list FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attidentity = ''`, [table])).rows[0].list;
  const retarget = (def: string, name: string) => def.replace(` ${name} ON `, ` copy_${name} ON `).replace(/ ON (public\.)?(\w+) /, ' ON copy_$2 ');
  await pipeline(reader.query(copyTo(`COPY ${table} (${columns}) TO STDOUT`)), writer.query(copyFrom(`COPY copy_${table} (${columns}) FROM STDIN`)));
  for (const index of indexes) await writer.query(retarget(index.indexdef, index.indexname));
  await writer.query(`ANALYZE copy_${table}`);
}

async function queryLatency(url: string, planId: string, donorId: string): Promise<void> {
  const token = `bench-${randomUUID()}`;
  ensureWebBuilt();
  // The compiled service in its own process, as `npm start` starts it: not beside the bench's heap, which
  // has just generated and rebuilt the dataset (its collections came into the latencies' p95).
  const port = await freePort();
  const service = spawnApi({ ...process.env, DATABASE_URL: url, PORT: String(port), RUN_PROJECTOR: 'false', LOG_LEVEL: 'error', BOOTSTRAP_ADMIN_TOKEN: token, RATE_LIMIT_WRITES_PER_MINUTE: '100000' });
  await untilUp(port, 60);
  const base = `http://127.0.0.1:${port}`;
  const measure = async (name: string, path: string, before?: () => Promise<unknown>): Promise<number> => {
    const samples: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      await before?.();
      const start = process.hrtime.bigint();
      const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} → ${response.status}`);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    samples.sort((a, b) => a - b);
    report({ figure: 'latency_ms', query: name, requests: REQUESTS, p50: +percentile(samples, 50).toFixed(1), p95: +percentile(samples, 95).toFixed(1), p99: +percentile(samples, 99).toFixed(1), ...(name.startsWith('dashboard') ? { goal_p95: 40 } : {}) });
    return percentile(samples, 50);
  };
  // What the projector does to the kept answer when it applies a batch: the next read computes afresh.
  const versions = new pg.Client({ connectionString: url });
  await versions.connect();
  const projectorMoved = () => versions.query("UPDATE projection_checkpoints SET updated_at = clock_timestamp() WHERE name = 'activities'");
  try {
    await measure('dashboard_recomputed', `/plans/${planId}/dashboard`, projectorMoved);
    const dashboardP50 = await measure('dashboard', `/plans/${planId}/dashboard`);
    await measure('activities_filtered', `/activities?planId=${planId}&status=in_progress&province=Sughd&page=3&pageSize=50`);
    await measure('activities_overdue', `/activities?overdue=true&pageSize=50`);
    await measure('donor_portfolio', `/donors/${donorId}/portfolio`);
    await dashboardInBrowser(base, token, planId, dashboardP50);
  } finally {
    await versions.end();
    await stopProcess(service);
  }
}

/** 8 writers append as fast as they can while the projector keeps up; lag = applied − recorded. */
async function projectionLagUnderLoad(dataSource: DataSource, store: PostgresEventStore): Promise<void> {
  const lags: number[] = [];
  const probe: Projection = {
    name: 'bench_lag_probe',
    tables: [],
    async apply(_tx, events: RecordedEvent[]) {
      const now = Date.now();
      for (const e of events) lags.push(now - Date.parse((e.metadata as { recordedAt: string }).recordedAt));
    },
  };
  const projector = new Projector(dataSource, store, [...ALL_PROJECTIONS, probe], { maxBatch: 1000 });
  // Start the probe at the head: only the events appended under load are measured.
  await dataSource.query(`INSERT INTO projection_checkpoints (name, position) SELECT 'bench_lag_probe', position FROM projection_checkpoints WHERE name = 'audit'`);
  await projector.start();
  const deadline = Date.now() + LAG_SECONDS * 1000;
  let appended = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      const activityId = randomUUID();
      const stream = `activity-${activityId}`;
      let revision = -1;
      while (Date.now() < deadline) {
        const event = {
          id: randomUUID(),
          type: revision < 0 ? 'ActivityPlanned' : 'ActivityProgressReported',
          data: revision < 0
            ? { activityId, planId: randomUUID(), objectiveId: randomUUID(), code: '9.9', title: 'Load', leadAgencyId: randomUUID(), partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2027-01-01', locations: [], tags: { sdg: [], gcm: [] }, effectiveOn: '2026-01-01' }
            : { periodStart: '2026-01-01', periodEnd: '2026-06-30', percentComplete: 50, indicatorValues: [], evidence: [], effectiveOn: '2026-06-30' },
          metadata: { actor: { id: 'bench', name: 'Bench' }, role: 'secretariat', recordedAt: new Date().toISOString(), schemaVersion: 1 },
        };
        await store.append(stream, [event], revision < 0 ? 'no_stream' : revision);
        revision++;
        appended++;
      }
    }),
  );
  const until = Date.now() + 30_000;
  while (lags.length < appended && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  await projector.stop();
  lags.sort((a, b) => a - b);
  report({ figure: 'projection_lag_ms', writers: 8, appended, appends_per_s: Math.round(appended / LAG_SECONDS), measured: lags.length, p50: percentile(lags, 50), p95: percentile(lags, 95), p99: percentile(lags, 99), goal_p95: 250 });
}
