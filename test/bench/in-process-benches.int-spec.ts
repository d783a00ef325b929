import { jest } from '@jest/globals';
import pg from 'pg';

/**
 * The benchmarks that run in the bench's own process, at a few events each: they still run against what
 * the product has become (the projection bench's baseline once named columns of an earlier release and
 * failed) and leave no database behind. Their figures are not judged here: speed belongs to `npm run bench`.
 */
const SIZES = { BENCH_APPENDS: '80', BENCH_PROJECTION_ACTIVITIES: '12', BENCH_AUDIT_EVENTS: '300', BENCH_PEER_EVENTS: '160', BENCH_PEER_ROUNDS: '1' };
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('the in-process benchmarks, at a few events each', () => {
  let printed: Record<string, unknown>[];
  let log: ReturnType<typeof jest.spyOn>;
  const benchDatabases = async () => {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      return (await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%'")).rows.map((r: { datname: string }) => r.datname);
    } finally {
      await client.end();
    }
  };
  let before: string[];

  beforeAll(async () => {
    // The sizes are read when the modules load.
    Object.assign(process.env, SIZES);
    before = await benchDatabases();
  });
  beforeEach(() => {
    printed = [];
    log = jest.spyOn(console, 'log').mockImplementation((line) => void printed.push(JSON.parse(String(line))));
  });
  afterEach(() => log.mockRestore());

  const figures = (name: string) => printed.filter((line) => line.figure === name);

  it('append: the port beside raw INSERTs at 1 and 8 writers, with a ratio', async () => {
    const { appendBenchmark } = await import('../../bench/append.bench.js');
    await appendBenchmark();
    const lines = figures('append_throughput');
    expect(lines.map((l) => l.writers)).toEqual([1, 8]);
    for (const line of lines) expect(line.ratio).toBeGreaterThan(0);
  }, 120_000);

  it('projection: catch-up from zero beside single-row INSERTs of every row it wrote', async () => {
    const { projectionBenchmark } = await import('../../bench/projection.bench.js');
    await projectionBenchmark();
    const [line] = figures('projection_catch_up');
    expect(line).toMatchObject({ events: 120, projections: ['activities', 'audit'] });
    expect(line.ratio).toBeGreaterThan(0);
  }, 120_000);

  it('audit: a full verification, the log read alone, an incremental one', async () => {
    const { auditBenchmark } = await import('../../bench/audit.bench.js');
    await auditBenchmark();
    const [line] = figures('audit_verify');
    expect(line.events).toBeGreaterThanOrEqual(300);
    expect(line).toMatchObject({ incremental_new_events: 100 });
    expect(line.full_ms).toBeGreaterThan(0);
  }, 120_000);

  it('peer: ours beside Emmett’s PostgreSQL event store in four configurations, and no database left behind', async () => {
    const { peerBenchmark } = await import('../../bench/peer.bench.js');
    await peerBenchmark();
    const lines = figures('peer_append');
    expect(lines.map((l) => [l.writers, l.batch])).toEqual([
      [1, 1],
      [1, 10],
      [8, 1],
      [8, 10],
    ]);
    for (const line of lines) expect(line).toMatchObject({ events: 160, ratio: expect.any(Number) });
    expect((await benchDatabases()).filter((name) => !before.includes(name))).toEqual([]);
  }, 180_000);
});
