import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { comparePositions, PostgresEventStore, type Position } from '#event-store';
import { createDataSource, poolOf } from '#platform';
import { ALL_MIGRATIONS, ALL_PROJECTIONS, allCheckpoints, READ_MODEL_ENTITIES, rebuildProjections } from '#read-models';
import type { DataSource } from 'typeorm';
import { ensureCompiled } from '../support/compiled.js';
import { appendActivityHistories } from '../support/event-factory.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { snapshotReadModels } from './support.js';

/**
 * Real projector processes (the compiled apps/projector) against one database: killed with SIGKILL
 * in the middle of catching up and restarted, or two started together. Either way the read models
 * must equal a rebuild from zero: nothing lost, nothing applied twice.
 */
describe('projector processes', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let head: Position;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    ensureCompiled();
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
    await dataSource.initialize();
    await dataSource.runMigrations();
    store = new PostgresEventStore(poolOf(dataSource));
    await appendActivityHistories(store, 300);
    head = (await store.headPosition())!;
  }, 180_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await dataSource.destroy();
    await database.drop();
  });

  function startProjector(): ChildProcess {
    const child = spawn(process.execPath, ['dist/apps/projector/src/main.js'], {
      env: { ...process.env, DATABASE_URL: database.url, DB_POOL_SIZE: '1', PROJECTOR_BATCH_SIZE: '40', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  }

  async function checkpoints(): Promise<(Position | null)[]> {
    const all = await allCheckpoints(dataSource);
    return ALL_PROJECTIONS.map((p) => all.get(p.name) ?? null);
  }

  async function until(condition: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('condition not reached in time');
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  const caughtUp = async () => (await checkpoints()).every((c) => comparePositions(c, head) >= 0);

  async function stop(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }

  async function expectEqualToRebuild(): Promise<void> {
    const projected = await snapshotReadModels(dataSource);
    expect(projected.audit_log).toHaveLength(3000);
    await rebuildProjections(dataSource, store, ALL_PROJECTIONS);
    const rebuilt = await snapshotReadModels(dataSource);
    for (const table of Object.keys(rebuilt)) expect({ table, rows: projected[table] }).toEqual({ table, rows: rebuilt[table] });
  }

  it('killed with SIGKILL in the middle of catching up, then restarted: same read models, nothing applied twice', async () => {
    const first = startProjector();
    await until(async () => (await checkpoints()).some((c) => c !== null));
    first.kill('SIGKILL');
    await once(first, 'exit');
    const atCrash = await checkpoints();
    expect(atCrash.every((c) => comparePositions(c, head) < 0)).toBe(true);

    const second = startProjector();
    await until(caughtUp);
    await stop(second);
    await expectEqualToRebuild();
  }, 240_000);

  it('two projector processes started together end like one', async () => {
    await dataSource.query('DELETE FROM projection_checkpoints');
    for (const table of ALL_PROJECTIONS.flatMap((p) => p.tables)) await dataSource.query(`DELETE FROM ${table}`);
    const [a, b] = [startProjector(), startProjector()];
    await until(caughtUp);
    await Promise.all([stop(a), stop(b)]);
    await expectEqualToRebuild();
  }, 240_000);
});
