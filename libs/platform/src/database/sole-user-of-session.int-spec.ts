import type { DataSource } from 'typeorm';
import { createDataSource, poolOf } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/** PGlite keeps one backend session for every connection: what one connection prepared, the next one finds. */
describe('named statements on the embedded database', () => {
  let embedded: EmbeddedPostgres;
  const opened: DataSource[] = [];
  const open = async (soleUserOfSession: boolean) => {
    const dataSource = createDataSource({ url: embedded.url, poolSize: 1, soleUserOfSession });
    opened.push(await dataSource.initialize());
    return poolOf(dataSource);
  };
  const named = { name: 'apm_test_named', text: 'SELECT $1::int + 1 AS n', values: [41] };

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres(null);
  });
  afterAll(async () => {
    for (const dataSource of opened) await dataSource.destroy();
    await embedded.stop();
  });

  /** Runs the named statement, throws away the connection (as the pool does after a broken one) and runs it again on the next. */
  async function acrossAReplacedConnection(pool: ReturnType<typeof poolOf>) {
    expect((await pool.query(named)).rows).toEqual([{ n: 42 }]);
    const client = await pool.connect();
    client.release(new Error('discarded'));
    return pool.query(named);
  }

  it('are prepared again by a connection that replaces a discarded one, when the pool is the session’s sole user', async () => {
    const pool = await open(true);
    expect((await acrossAReplacedConnection(pool)).rows).toEqual([{ n: 42 }]);
    expect((await pool.query('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows).toEqual([{ n: 1 }]);
  });

  it('collide otherwise: the replacement finds the name taken (why other pools on PGlite do not name statements)', async () => {
    const pool = await open(false);
    await pool.query('DEALLOCATE ALL');
    await expect(acrossAReplacedConnection(pool)).rejects.toThrow('prepared statement "apm_test_named" already exists');
  });
});
