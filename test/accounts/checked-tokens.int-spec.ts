import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresEventStore } from '#event-store';
import { AccessTokens, createDataSource, poolOf } from '#platform';
import { ALL_MIGRATIONS, READ_MODEL_ENTITIES } from '#read-models';
import { createEmbeddedDatabase, createServerDatabase, SERVER_URL, type TestDatabase } from '../support/test-database.js';

/**
 * Checked tokens kept between requests (CheckedTokens): on a Postgres server until Postgres announces a
 * change made by anyone, tested on the machine's server whichever database the run is for; on the
 * embedded database never. "Another process" is a connection of its own.
 */

interface Setup {
  database: TestDatabase;
  dataSource: DataSource;
  tokens: AccessTokens;
}
let dataSource: DataSource;
let tokens: AccessTokens;
let other: pg.Client;

async function setUp(database: TestDatabase): Promise<Setup> {
  const source = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
  await source.initialize();
  await source.runMigrations();
  return { database, dataSource: source, tokens: new AccessTokens(source, new PostgresEventStore(poolOf(source))) };
}

async function tearDown({ database, dataSource: source, tokens: checked }: Setup): Promise<void> {
  await checked.onModuleDestroy();
  await source.destroy();
  await database.drop();
}

/** A change no one announces (the trigger off for it): a kept check does not see it, a read does. */
async function quietly(sql: string, values: unknown[]): Promise<void> {
  await dataSource.transaction(async (tx) => {
    await tx.query('ALTER TABLE access_tokens DISABLE TRIGGER access_tokens_changed');
    await tx.query(sql, values);
    await tx.query('ALTER TABLE access_tokens ENABLE TRIGGER access_tokens_changed');
  });
}

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (const started = Date.now(); !(await condition()); await sleep(20)) {
    if (Date.now() - started > 10_000) throw new Error(`not within 10 s: ${what}`);
  }
}

async function keptToken(userId: string | null = null) {
  const { token, info } = await tokens.issue({ role: 'secretariat', displayName: 'Secretariat desk', userId });
  await tokens.authenticate(token);
  await until(() => tokens.checked.keeping, 'listening');
  await tokens.authenticate(token);
  return { token, id: info.id };
}

describe('checked tokens on a Postgres server', () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await setUp(await createServerDatabase(SERVER_URL, { prefix: 'tokens' }));
    ({ dataSource, tokens } = setup);
    other = new pg.Client({ connectionString: setup.database.url });
    await other.connect();
  }, 60_000);
  afterAll(async () => {
    await other.end();
    await tearDown(setup);
  });

  it('answer from what was kept, without a statement', async () => {
    const { token, id } = await keptToken();
    await quietly('UPDATE access_tokens SET display_name = $2 WHERE id = $1', [id, 'renamed unannounced']);
    expect(await tokens.authenticate(token)).toMatchObject({ id, displayName: 'Secretariat desk' });
  });

  it('forget a token another process revoked once Postgres announces it', async () => {
    const { token, id } = await keptToken();
    await other.query('UPDATE access_tokens SET revoked_at = now() WHERE id = $1', [id]);
    await until(async () => (await tokens.authenticate(token)) === null, 'the revocation seen');
  });

  it("read the owner's stream head again once another process appended to it", async () => {
    const userId = randomUUID();
    const { token } = await keptToken(userId);
    expect(await tokens.authenticate(token)).toMatchObject({ userId, ownerHead: -1 });
    await new PostgresEventStore(other).append(
      `user-${userId}`,
      [{ id: randomUUID(), type: 'UserDisabled', data: { userId, reason: 'left' }, metadata: {} }],
      'no_stream',
    );
    await until(async () => (await tokens.authenticate(token))?.ownerHead === 0, 'the owner head moved');
  });

  it('forget at once what this process revokes', async () => {
    const { token, id } = await keptToken();
    await tokens.revoke(id);
    expect(await tokens.authenticate(token)).toBeNull();
  });

  it('keep nothing while the listening connection is lost, and keep again once it is back', async () => {
    const { token, id } = await keptToken();
    const listeners = await other.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN apm_access'",
    );
    expect(listeners.rowCount).toBe(1);
    await until(() => !tokens.checked.keeping, 'the loss noticed');
    // Lost meanwhile: a revocation's announcement would be too. Every check reads until it listens again.
    expect(await tokens.authenticate(token)).toMatchObject({ displayName: 'Secretariat desk' });
    await quietly('UPDATE access_tokens SET display_name = $2 WHERE id = $1', [id, 'renamed while deaf']);
    expect(await tokens.authenticate(token)).toMatchObject({ displayName: 'renamed while deaf' });

    await until(() => tokens.checked.keeping, 'listening again');
    await tokens.authenticate(token);
    await quietly('UPDATE access_tokens SET display_name = $2 WHERE id = $1', [id, 'renamed once more']);
    expect(await tokens.authenticate(token)).toMatchObject({ displayName: 'renamed while deaf' });
  });
});

describe('checked tokens on the embedded database', () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await setUp(await createEmbeddedDatabase());
    ({ dataSource, tokens } = setup);
  }, 60_000);
  afterAll(() => tearDown(setup));

  it('are never kept: it has one connection, none to listen on', async () => {
    const { token, info } = await tokens.issue({ role: 'secretariat', displayName: 'Secretariat desk' });
    const id = info.id;
    expect(await tokens.authenticate(token)).toMatchObject({ id });
    await quietly('UPDATE access_tokens SET display_name = $2 WHERE id = $1', [id, 'renamed']);
    expect(await tokens.authenticate(token)).toMatchObject({ displayName: 'renamed' });
    expect(tokens.checked.keeping).toBe(false);
  });
});
