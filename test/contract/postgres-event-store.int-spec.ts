import { randomUUID } from 'node:crypto';
import { CreateEvents1764000000000, PostgresEventStore } from '#event-store';
import { createDataSource, poolOf } from '#platform';
import { createTestDatabase } from '../support/test-database.js';
import { eventStoreContract } from './event-store.contract.js';

const where = process.env.TEST_DATABASE_URL ? 'server' : 'embedded PGlite';

/** A Postgres store on a database of its own, with the DataSource it shares a pool with. */
async function openStore() {
  const database = await createTestDatabase();
  const dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: [CreateEvents1764000000000] });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const store = new PostgresEventStore(poolOf(dataSource));
  return {
    store,
    dataSource,
    async teardown() {
      await store.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

eventStoreContract(`postgres (${where})`, openStore);

describe(`postgres (${where}): the log in its database`, () => {
  it('head is the last event readAll gives; eventsUpTo numbers each event up to a position as readAll orders them, data and metadata as stored', async () => {
    const { store, dataSource, teardown } = await openStore();
    try {
      const query = (text: string, values: unknown[]) => dataSource.query(text, values);
      expect(await store.logInDatabase.head(query)).toBeNull();
      for (let i = 0; i < 5; i++) {
        await store.append(
          `activity-${randomUUID()}`,
          [0, 1, 2].map((n) => ({ id: randomUUID(), type: 'ActivityStarted', data: { n, note: 'Ünïcode ✓' }, metadata: { i } })),
          'no_stream',
        );
      }
      // On a server, an older transaction of another test's may hold the last events back a while.
      let all = await store.readAll(null, 100);
      for (let attempt = 0; all.length < 15 && attempt < 500; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        all = await store.readAll(null, 100);
      }
      expect(all).toHaveLength(15);
      expect(await store.logInDatabase.head(query)).toBe(all.at(-1)!.position);
      const upTo = all[9].position;
      const { sql, values } = store.logInDatabase.eventsUpTo(upTo, 2);
      const rows = await dataSource.query(
        `SELECT e.position, e.log_index::int AS log_index, e.event_id, e.stream, e.revision::int AS revision, e.type, e.data, e.metadata FROM ${sql} e WHERE $1::int > 0 ORDER BY e.log_index`,
        [1, ...values],
      );
      type Row = { position: string; log_index: number; event_id: string; stream: string; revision: number; type: string; data: unknown; metadata: unknown };
      expect(rows.map((r: Row) => [r.position, r.log_index, r.event_id, r.stream, r.revision, r.type, r.data, r.metadata])).toEqual(
        all.slice(0, 10).map((e, i) => [e.position, i + 1, e.id, e.stream, e.revision, e.type, e.data, e.metadata]),
      );
    } finally {
      await teardown();
    }
  });
});
