import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

describe('embedded Postgres over the pg driver', () => {
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres(null);
    pool = new pg.Pool({ connectionString: embedded.url, max: 1 });
    await pool.query('CREATE TABLE t (id int PRIMARY KEY)');
    await pool.query('INSERT INTO t VALUES ($1)', [1]);
  });
  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  it('keeps the connection usable after errors in parameterised queries', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(pool.query('INSERT INTO t SELECT unnest($1::int[])', [[1]])).rejects.toMatchObject({ code: '23505' });
    }
    await expect(pool.query('SELECT $1::int', ['not a number'])).rejects.toMatchObject({ code: '22P02' });
    await expect(pool.query('SELEC 1', [])).rejects.toMatchObject({ code: '42601' });
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM t WHERE id = $1', [1]);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('rolls back a transaction that hit an error, and the next one works', async () => {
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO t VALUES ($1)', [2]);
    await expect(client.query('INSERT INTO t VALUES ($1)', [1])).rejects.toMatchObject({ code: '23505' });
    await client.query('ROLLBACK');
    client.release();
    const { rows } = await pool.query('SELECT array_agg(id ORDER BY id) AS ids FROM t', []);
    expect(rows[0].ids).toEqual([1]);
  });
});
