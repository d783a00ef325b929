import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CreateEvents1764000000000, PostgresEventStore } from '#event-store';
import { createDataSource, keptConnections, keptConnectionsOf, poolOf } from '#platform';
import { createServerDatabase, SERVER_URL, type TestDatabase } from '../support/test-database.js';

const backend = 'SELECT pg_backend_pid() AS pid';
const pidOf = async (queries: Pick<pg.Pool, 'query'>) => Number((await queries.query(backend)).rows[0].pid);

/** On the server: a refused statement leaves its connection in the pool; a broken connection leaves it. */
describe('queries that keep their connection (the Postgres server)', () => {
  let database: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await createServerDatabase(SERVER_URL, { prefix: 'test_kept', poolSize: 1 });
    pool = new pg.Pool({ connectionString: database.url, max: 1 });
    await pool.query('CREATE TABLE codes (code text PRIMARY KEY)');
    await pool.query(`INSERT INTO codes VALUES ('A-1')`);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it("pg-pool's own query closes the connection after a unique violation (why this exists)", async () => {
    const before = await pidOf(pool);
    await expect(pool.query(`INSERT INTO codes VALUES ('A-1')`)).rejects.toMatchObject({ code: '23505' });
    expect(await pidOf(pool)).not.toBe(before);
  });

  it('keeps the connection after a unique violation, a syntax error and a cancelled statement, and answers on it', async () => {
    const queries = keptConnections(pool);
    const before = await pidOf(queries);
    await expect(queries.query(`INSERT INTO codes VALUES ('A-1')`)).rejects.toMatchObject({ code: '23505' });
    await expect(queries.query('SELEC 1')).rejects.toMatchObject({ code: '42601' });
    await expect(queries.query({ text: 'SET statement_timeout = 50; SELECT pg_sleep(1)' })).rejects.toMatchObject({ code: '57014' });
    await queries.query('SET statement_timeout = 0');
    expect(await pidOf(queries)).toBe(before);
    expect((await queries.query({ text: 'SELECT count(*)::int AS n FROM codes WHERE code = $1', values: ['A-1'] })).rows).toEqual([{ n: 1 }]);
    expect(pool.totalCount).toBe(1);
  });

  it('drops a connection the server ended under a statement, and the next statement runs on a new one', async () => {
    const queries = keptConnections(pool);
    const before = await pidOf(queries);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      // Long enough to be under way when it is ended, however slow the machine: a sleep that had finished
      // would leave the connection idle in the pool, and its end would be the pool's unheard error.
      const sleeping = queries.query('SELECT pg_sleep(60)');
      const running = async () => (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND query LIKE 'SELECT pg_sleep%'`, [before])).rowCount;
      const deadline = Date.now() + 30_000;
      while (!(await running())) {
        if (Date.now() > deadline) throw new Error('the statement never started');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await admin.query('SELECT pg_terminate_backend($1)', [before]);
      await expect(sleeping).rejects.toThrow();
    } finally {
      await admin.end();
    }
    const after = await pidOf(queries);
    expect(after).not.toBe(before);
    expect(pool.totalCount).toBe(1);
  });

  it('the event store as the service builds it: a retried append meets its stored events and keeps its connection', async () => {
    const dataSource = createDataSource({ url: database.url, poolSize: 1, migrations: [CreateEvents1764000000000] });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
      const store = new PostgresEventStore(keptConnectionsOf(dataSource));
      const stream = `activity-${randomUUID()}`;
      const events = [{ id: randomUUID(), type: 'ActivityStarted', data: { on: '2026-01-05' }, metadata: {} }];
      const first = await store.append(stream, events, 'any');
      const before = await pidOf(poolOf(dataSource));
      // Under 'any' the insert is tried and refused by the unique event id: answered as the first time.
      expect(await store.append(stream, events, 'any')).toEqual(first);
      expect(await pidOf(poolOf(dataSource))).toBe(before);
      await store.close();
    } finally {
      await dataSource.destroy();
    }
  });
});
