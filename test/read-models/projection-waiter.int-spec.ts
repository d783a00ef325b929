import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ProjectionWaiter } from '#read-models';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Read-your-writes waits share one poll of the checkpoints, however many requests wait: the database
 * sees one query at a time, not one loop per waiting request.
 */
describe('ProjectionWaiter', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let inFlight = 0;
  let maxInFlight = 0;
  let queries = 0;
  let failNext = false;
  const db = {
    async query(sql: string, params?: unknown[]) {
      queries++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (failNext) {
          failNext = false;
          throw new Error('connection terminated');
        }
        return (await pool.query(sql, params)).rows;
      } finally {
        inFlight--;
      }
    },
  };
  const projections = [{ name: 'one' }, { name: 'two' }];
  const checkpoint = (name: string, position: string) =>
    pool.query('INSERT INTO projection_checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position', [name, position]);
  let waiter: ProjectionWaiter;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: database.poolSize });
    await pool.query('CREATE TABLE projection_checkpoints (name text PRIMARY KEY, position text, updated_at timestamptz)');
    waiter = new ProjectionWaiter(db as unknown as DataSource);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('100 waiters: one query at a time; all answered once every projection reached the position', async () => {
    await checkpoint('one', '5:0');
    await checkpoint('two', '5:0');
    maxInFlight = 0;
    const waits = Array.from({ length: 100 }, (_, i) => waiter.waitFor(i % 2 === 0 ? '7:1' : '6:0', projections, 30_000));
    const before = queries;
    while (queries < before + 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await checkpoint('one', '7:1');
    await checkpoint('two', '7:3');
    expect(await Promise.all(waits)).toEqual(Array(100).fill(true));
    expect(maxInFlight).toBe(1);
  });

  it('a reached position answers at once, even with no time to wait', async () => {
    expect(await waiter.waitFor('7:0', projections, 0)).toBe(true);
  });

  it('each waiter times out on its own deadline; the others keep waiting', async () => {
    const short = waiter.waitFor('8:0', projections, 50);
    const long = waiter.waitFor('8:0', projections, 30_000);
    expect(await short).toBe(false);
    await checkpoint('one', '8:0');
    await checkpoint('two', '8:0');
    expect(await long).toBe(true);
  });

  it('a failed poll rejects the waits it served; the next wait polls again', async () => {
    failNext = true;
    await expect(waiter.waitFor('9:0', projections, 30_000)).rejects.toThrow('connection terminated');
    expect(await waiter.waitFor('8:0', projections, 1_000)).toBe(true);
  });
});
