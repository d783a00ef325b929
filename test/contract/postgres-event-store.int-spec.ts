import { CreateEvents1764000000000, PostgresEventStore } from '#event-store';
import { createDataSource, poolOf } from '#platform';
import { createTestDatabase } from '../support/test-database.js';
import { eventStoreContract } from './event-store.contract.js';

const where = process.env.TEST_DATABASE_URL ? 'server' : 'embedded PGlite';

eventStoreContract(`postgres (${where})`, async () => {
  const database = await createTestDatabase();
  const dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: [CreateEvents1764000000000] });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const store = new PostgresEventStore(poolOf(dataSource));
  return {
    store,
    async teardown() {
      await store.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
});
