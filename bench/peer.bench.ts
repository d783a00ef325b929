import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import pg from 'pg';
import { PostgresEventStore } from '#event-store';
import { keptConnections } from '#platform';
import { anEvent } from './append.bench.js';
import { benchDatabase, benchPool, percentile, report, timed, uuid } from './support.js';

const EVENTS = Number(process.env.BENCH_PEER_EVENTS ?? 4000);
const WARMUP_APPENDS = 20;
const ROUNDS = Number(process.env.BENCH_PEER_ROUNDS ?? 3);

type AnEvent = ReturnType<typeof anEvent>;
/** Appends `events` to `stream`, which holds `before` events: the exact expectation. */
type Append = (stream: string, events: AnEvent[], before: number) => Promise<unknown>;

/** Each writer appends `appends` batches of `batch` events to a stream of its own. */
const appendAll = (append: Append, writers: number, appends: number, batch: number) =>
  Promise.all(
    Array.from({ length: writers }, async () => {
      const stream = `activity-${uuid()}`;
      for (let i = 0; i < appends; i++) await append(stream, Array.from({ length: batch }, (_, j) => anEvent(i * batch + j)), i * batch);
    }),
  );

/**
 * Our store next to Emmett's PostgreSQL event store, each on a fresh database, at 1 and 8 writers, 1 and 10
 * events an append. The two take turns ROUNDS times and each side's median is reported, so a burst of
 * load on this shared machine falls on both sides rather than on one.
 */
export async function peerBenchmark(): Promise<void> {
  // dumbo sets process-wide pg parsers on first use (int8 to BigInt, json its own): put them back for the benchmarks after this one.
  const parsers = [20, 114, 3802].map((oid) => [oid, pg.types.getTypeParser(oid)] as const);
  try {
    for (const writers of [1, 8]) {
      for (const batch of [1, 10]) {
        // At least one append each, so that a small EVENTS (the smoke test's) still measures every line.
        const appends = Math.max(1, Math.floor(EVENTS / writers / batch));
        const events = appends * writers * batch;
        const ours: number[] = [];
        const emmett: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          ours.push(events / (await oursSeconds(writers, batch, appends)));
          emmett.push(events / (await emmettSeconds(writers, batch, appends)));
        }
        const [oursRate, emmettRate] = [median(ours), median(emmett)];
        report({ figure: 'peer_append', writers, batch, events, rounds: ROUNDS, ours_events_per_s: Math.round(oursRate), emmett_events_per_s: Math.round(emmettRate), ratio: +(oursRate / emmettRate).toFixed(2), goal: '>= 1.5' });
      }
    }
  } finally {
    for (const [oid, parse] of parsers) pg.types.setTypeParser(oid, parse);
  }
}

async function oursSeconds(writers: number, batch: number, appends: number): Promise<number> {
  const db = await benchDatabase(writers);
  const pool = benchPool(db.url, writers);
  const store = new PostgresEventStore(keptConnections(pool), { preparedStatements: true });
  try {
    const append: Append = (stream, e, before) => store.append(stream, e, before === 0 ? 'no_stream' : before - 1);
    return await timedAppends(append, writers, batch, appends, () => db.dataSource.query('SELECT count(*) AS n FROM events'));
  } finally {
    await store.close();
    await pool.end();
    await db.drop();
  }
}

async function emmettSeconds(writers: number, batch: number, appends: number): Promise<number> {
  const db = await benchDatabase(1);
  // Our pool rather than dumbo's: the same size as ours, and it ignores the FATAL that the drop's FORCE sends to a
  // connection still closing (pg-pool's end() resolves before its sockets close), which crashed the run through dumbo's.
  const pool = benchPool(db.url, writers);
  const emmett = getPostgreSQLEventStore(db.url, { connectionOptions: { pool } });
  try {
    // Emmett creates its schema on first use: not timed. Its expected version is the stream's event count; 0n, not
    // STREAM_DOES_NOT_EXIST (which its PostgreSQL store does not check), is what makes a new stream's append exact.
    await emmett.schema.migrate();
    const append: Append = (stream, e, before) =>
      emmett.appendToStream(
        stream,
        e.map(({ id, type, data, metadata }) => ({ type, data, metadata: { ...metadata, messageId: id } })),
        { expectedStreamVersion: BigInt(before) },
      );
    return await timedAppends(append, writers, batch, appends, () => db.dataSource.query('SELECT count(*) AS n FROM emt_messages'));
  } finally {
    await emmett.close();
    await pool.end();
    await db.drop();
  }
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

/** Seconds for `appends` appends per writer after an untimed warm-up; a rate is only worth reporting if every event was stored. */
async function timedAppends(append: Append, writers: number, batch: number, appends: number, countStored: () => Promise<{ n: unknown }[]>): Promise<number> {
  await appendAll(append, writers, WARMUP_APPENDS, batch);
  const run = await timed(() => appendAll(append, writers, appends, batch));
  const [stored, expected] = [Number((await countStored())[0].n), (appends + WARMUP_APPENDS) * writers * batch];
  if (stored !== expected) throw new Error(`peer benchmark: ${stored} events stored, ${expected} expected`);
  return run.seconds;
}
