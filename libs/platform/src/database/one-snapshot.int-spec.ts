import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createEmbeddedDatabase, createServerDatabase, SERVER_URL, type TestDatabase } from '../../../../test/support/test-database.js';
import { createDataSource, poolOf } from './data-source.js';
import { readInOneSnapshot, type SnapshotQuery } from './one-snapshot.js';

interface Seen {
  pid: number;
  rows: number;
}
const SEEN = 'SELECT pg_backend_pid() AS pid, (SELECT count(*)::int FROM counted) AS rows';
const seen = (query: SnapshotQuery) => query<Seen[]>(SEEN).then((r) => r[0]);

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('readInOneSnapshot on a Postgres server', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let outside: pg.Client;
  let watcher: pg.Client;

  beforeAll(async () => {
    database = await createServerDatabase(SERVER_URL, { prefix: 'snapshot', poolSize: 4 });
    dataSource = createDataSource({ url: database.url, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE counted (n int)');
    outside = new pg.Client({ connectionString: database.url });
    watcher = new pg.Client({ connectionString: database.url });
    await Promise.all([outside.connect(), watcher.connect()]);
  });
  afterAll(async () => {
    await Promise.all([outside.end(), watcher.end()]);
    await dataSource.destroy();
    await database.drop();
  });
  beforeEach(() => dataSource.query('TRUNCATE counted'));

  // Asked on a connection of its own: inside the test's transaction, pg_stat_activity would not change.
  const waitingForLock = async () =>
    (await watcher.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0]
      .n as number;

  it('runs statements side by side on several connections, all in the snapshot of its start', async () => {
    // Every statement waits on a lock the test holds, so all three are running at once before it commits a row.
    await outside.query('BEGIN');
    await outside.query('LOCK TABLE counted IN ACCESS EXCLUSIVE MODE');
    const reading = readInOneSnapshot(dataSource, 3, (query) => Promise.all([seen(query), seen(query), seen(query)]));
    await until(async () => (await waitingForLock()) === 3);
    await outside.query('INSERT INTO counted VALUES (1)');
    await outside.query('COMMIT');

    const answers = await reading;
    expect(new Set(answers.map((a) => a.pid)).size).toBe(3);
    expect(answers.map((a) => a.rows)).toEqual([0, 0, 0]);
    // The next reading starts after the commit.
    expect((await readInOneSnapshot(dataSource, 3, seen)).rows).toBe(1);
  });

  it('a statement of a plain query on the pool, by contrast, sees a row committed while it waited', async () => {
    await outside.query('BEGIN');
    await outside.query('LOCK TABLE counted IN ACCESS EXCLUSIVE MODE');
    const plain = dataSource.query(SEEN);
    await until(async () => (await waitingForLock()) === 1);
    await outside.query('INSERT INTO counted VALUES (1)');
    await outside.query('COMMIT');
    expect((await plain)[0].rows).toBe(1);
  });

  it('keeps to one connection while the pool has none to spare, and still answers', async () => {
    const pool = poolOf(dataSource);
    const held = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    try {
      const answers = await readInOneSnapshot(dataSource, 3, (query) => Promise.all([seen(query), seen(query), seen(query)]));
      expect(new Set(answers.map((a) => a.pid)).size).toBe(1);
    } finally {
      held.forEach((client) => client.release());
    }
  });

  it('fails with the statement that failed, and gives every connection back with no transaction open', async () => {
    const failing = readInOneSnapshot(dataSource, 3, (query) => Promise.all([seen(query), query('SELECT 1/0'), seen(query)]));
    await expect(failing).rejects.toThrow(/division by zero/);
    // The connections go back once their transactions have ended, after the answer.
    const pool = poolOf(dataSource);
    await until(async () => pool.totalCount - pool.idleCount === 0);
    const open = await watcher.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
    );
    expect(open.rows[0].n).toBe(0);
    // The connections are fit for the next reading.
    expect((await readInOneSnapshot(dataSource, 3, seen)).rows).toBe(0);
  });
});

describe('readInOneSnapshot on the embedded database (one connection)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createEmbeddedDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 1, soleUserOfSession: true });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE counted (n int)');
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('holds the connection for the whole reading: a write asked for meanwhile lands after it', async () => {
    let write: Promise<unknown> | undefined;
    const answers = await readInOneSnapshot(dataSource, 4, async (query) => {
      const first = await seen(query);
      write = dataSource.query('INSERT INTO counted VALUES (1)');
      // Give the write every chance to run before the reading's next statement.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return [first, await seen(query)];
    });
    expect(answers.map((a) => a.rows)).toEqual([0, 0]);
    await write;
    expect((await dataSource.query(SEEN))[0].rows).toBe(1);
  });
});
