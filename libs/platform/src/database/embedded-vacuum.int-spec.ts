import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { EmbeddedVacuum } from './embedded-vacuum.js';

describe('vacuum of the embedded database (PGlite has no autovacuum)', () => {
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres(null);
    // As the service: one connection.
    pool = new pg.Pool({ connectionString: embedded.url, max: 1 });
    await pool.query(`CREATE TABLE view_rows (id int PRIMARY KEY, view text)`);
    await pool.query(`INSERT INTO view_rows SELECT g, repeat('x', 500) FROM generate_series(1, 1000) g`);
  });
  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  const rewriteEveryRow = async (times: number) => {
    for (let i = 0; i < times; i++) await pool.query(`UPDATE view_rows SET view = view`);
  };
  const size = async () => Number((await pool.query(`SELECT pg_total_relation_size('view_rows') AS size`)).rows[0].size);
  const estimatedRows = async () => Number((await pool.query(`SELECT reltuples FROM pg_class WHERE relname = 'view_rows'`)).rows[0].reltuples);

  it('lets rewritten rows reuse the space of their old versions, and gives the planner statistics', async () => {
    await pool.query(`SET statement_timeout = '5s'`);
    expect(await estimatedRows()).toBeLessThan(0); // never analysed
    await rewriteEveryRow(10);
    const unvacuumed = await size();
    await rewriteEveryRow(10);
    // Without a vacuum every rewrite takes new space: ten more nearly double the table.
    expect(await size()).toBeGreaterThan(unvacuumed * 1.5);

    const vacuum = new EmbeddedVacuum(pool, 60_000);
    await vacuum.runOnce();
    const vacuumed = await size();
    await rewriteEveryRow(10);
    expect(await size()).toBeLessThan(vacuumed * 1.1);
    expect(await estimatedRows()).toBe(1000);
    // The session goes back to the pool with the statement bound it had.
    expect((await pool.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('5s');
  });

  it('runs one pass at a time', async () => {
    const vacuum = new EmbeddedVacuum(pool, 60_000);
    expect(vacuum.runOnce()).toBe(vacuum.runOnce());
    await vacuum.runOnce();
  });
});
