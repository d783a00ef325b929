import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { anOrganization } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { generateSecret } from '#platform';
import { startTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const run = promisify(execFile);
const CLI = 'dist/apps/cli/src/main.js';
/** The API is started twice on the database: with the same admin both times. */
// The CLI process works on the Postgres database, so its events stay there too, also in the EventStoreDB run.
const ADMIN = { BOOTSTRAP_ADMIN_TOKEN: generateSecret(), EVENTSTORE_URL: '' };

/**
 * `npm run cli -- tokens …` as an operator runs it: the compiled CLI in a process of its own, on the
 * same database as the API (here a test database, used by one process at a time).
 */
describe('CLI: tokens create | list | revoke', () => {
  let db: TestDatabase;
  let organizationId: string;
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: db.url, DB_POOL_SIZE: String(db.poolSize), LOG_LEVEL: 'error' } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  beforeAll(async () => {
    // What `precli` does; type errors elsewhere in the tree do not stop tsc from emitting the CLI.
    await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']).catch(() => undefined);
    if (!existsSync(CLI)) throw new Error(`${CLI} was not built`);
    db = await createTestDatabase();
    const app = await startTestApp(ADMIN, db);
    organizationId = (await write(app, '/organizations', anOrganization({ acronym: 'IOM', name: 'International Organization for Migration' }))).id;
    await app.close();
  }, 180_000);
  afterAll(async () => db.drop());

  it('creates, lists and revokes tokens that the API then honours and refuses', async () => {
    const created = await cli('tokens', 'create', '--role', 'agency', '--organization', organizationId, '--name', 'IOM focal point', '--json');
    expect(created).toMatchObject({ code: 0 });
    const agency = JSON.parse(created.stdout);
    expect(agency).toMatchObject({ role: 'agency', organizationId, displayName: 'IOM focal point', revokedAt: null, token: expect.stringMatching(/^apm_[A-Za-z0-9_-]{43}$/) });

    const human = await cli('tokens', 'create', '--role', 'commission', '--name', 'Commission member');
    expect(human.code).toBe(0);
    const commissionSecret = human.stdout.split('\n').find((line) => line.startsWith('apm_'));
    expect(commissionSecret).toMatch(/^apm_[A-Za-z0-9_-]{43}$/);
    expect(human.stdout).toContain('shown this once');

    const listed = await cli('tokens', 'list', '--json');
    expect(listed.code).toBe(0);
    const tokens = JSON.parse(listed.stdout);
    expect(tokens.map((t: { displayName: string }) => t.displayName)).toEqual(['bootstrap admin', 'IOM focal point', 'Commission member']);
    expect(listed.stdout).not.toContain(agency.token);
    expect(listed.stdout).not.toContain(commissionSecret);

    const revoked = await cli('tokens', 'revoke', agency.id);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${agency.id} +agency .*revoked 20`));
    const table = await cli('tokens', 'list');
    expect(table.stdout.split('\n').filter((line) => line.includes('revoked 20'))).toHaveLength(1);

    const app = await startTestApp(ADMIN, db);
    try {
      expect((await app.as(agency.token).get(`/activities/${organizationId}`)).status).toBe(401);
      expect((await app.as(commissionSecret!).get(`/activities/${organizationId}`)).status).toBe(404); // authenticated; no such activity
      expect((await app.as(commissionSecret!).post('/organizations').send({})).status).toBe(403);
    } finally {
      await app.close();
    }
  }, 120_000);

  it.each([
    [['tokens', 'create', '--role', 'agency', '--name', 'no organization'], /must name its organization/],
    [['tokens', 'create', '--role', 'donor', '--organization', '3f1e2d4c-1111-4222-8333-944455556666', '--name', 'ghost'], /organization 3f1e2d4c-1111-4222-8333-944455556666 does not exist/],
    [['tokens', 'create', '--role', 'wizard', '--name', 'x'], /role must be one of/],
    [['tokens', 'revoke', '3f1e2d4c-1111-4222-8333-944455556666'], /does not exist/],
  ])('fails with exit code 1 and a message: %j', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  }, 60_000);
});
