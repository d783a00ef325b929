import type pg from 'pg';
import { PostgresEventStore } from '#event-store';
import { benchDatabase, benchPool, report, timed, uuid } from './support.js';

const APPENDS = Number(process.env.BENCH_APPENDS ?? 4000);

export const anEvent = (i: number) => ({
  id: uuid(),
  type: 'ActivityProgressReported',
  data: { periodStart: '2016-01-01', periodEnd: '2016-06-30', percentComplete: i % 100, indicatorValues: [], evidence: [], effectiveOn: '2016-06-30' },
  metadata: { actor: { id: 'bench', name: 'Bench' }, role: 'secretariat', commandId: uuid(), recordedAt: new Date().toISOString(), schemaVersion: 1 },
});

/** Appends through the port (each writer its own streams, exact expected revision) vs raw INSERTs. */
export async function appendBenchmark(): Promise<void> {
  for (const writers of [1, 8]) {
    const db = await benchDatabase(writers);
    const store = new PostgresEventStore(benchPool(db.url, writers), { preparedStatements: true });
    const perWriter = Math.floor(APPENDS / writers);
    const port = await timed(() =>
      Promise.all(
        Array.from({ length: writers }, async () => {
          const stream = `activity-${uuid()}`;
          for (let i = 0; i < perWriter; i++) await store.append(stream, [anEvent(i)], i === 0 ? 'no_stream' : i - 1);
        }),
      ),
    );

    // The same rows, one autocommitted single-row INSERT each, into a table of the same shape without the checks.
    const raw = benchPool(db.url, writers);
    await raw.query('CREATE TABLE raw_events (LIKE events INCLUDING ALL)');
    const baseline = await timed(() =>
      Promise.all(
        Array.from({ length: writers }, async () => {
          const stream = `activity-${uuid()}`;
          for (let i = 0; i < perWriter; i++) {
            const e = anEvent(i);
            await raw.query('INSERT INTO raw_events (event_id, stream, revision, type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6)', [
              e.id,
              stream,
              i,
              e.type,
              JSON.stringify(e.data),
              JSON.stringify(e.metadata),
            ]);
          }
        }),
      ),
    );
    const total = perWriter * writers;
    const portRate = total / port.seconds;
    const rawRate = total / baseline.seconds;
    report({ figure: 'append_throughput', writers, events: total, port_events_per_s: Math.round(portRate), raw_insert_rows_per_s: Math.round(rawRate), ratio: +(portRate / rawRate).toFixed(2), goal: writers === 8 ? 0.5 : undefined });
    await raw.end();
    await (store as unknown as { db: pg.Pool }).db.end();
    await db.drop();
  }
}
