import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { anOrganization } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { BOOTSTRAP_ADMIN_USER_ID } from '#application';
import { generateSecret } from '#platform';
import { projected } from '../support/scenario.js';
import { startTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { ensureCompiled } from '../support/compiled.js';

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
  let memberId: string;
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
    ensureCompiled();
    if (!existsSync(CLI)) throw new Error(`${CLI} was not built`);
    db = await createTestDatabase();
    // A commission member invited from the CLI, who sets a password through the API: an active user to own tokens.
    const invited = await cli('users', 'invite', '--email', 'member@example.org', '--role', 'commission', '--name', 'Commission member', '--json');
    const { id, link } = JSON.parse(invited.stdout) as { id: string; link: string };
    memberId = id;
    const app = await startTestApp(ADMIN, db);
    organizationId = (await write(app, '/organizations', anOrganization({ acronym: 'IOM', name: 'International Organization for Migration' }))).id;
    await write(app, '/auth/password', { token: new URL(link).searchParams.get('token'), password: 'a passphrase for the commission' });
    await app.close();
  }, 180_000);
  afterAll(async () => db.drop());

  it('creates tokens owned by a user, lists and revokes them, each change an event at once; the API then honours and refuses them', async () => {
    // The bootstrap admin (a service user, named by its id) may own a token of any role.
    const created = await cli('tokens', 'create', '--user', BOOTSTRAP_ADMIN_USER_ID, '--role', 'agency', '--organization', organizationId, '--name', 'IOM focal point', '--json');
    expect(created).toMatchObject({ code: 0 });
    const agency = JSON.parse(created.stdout);
    expect(agency).toMatchObject({ role: 'agency', organizationId, displayName: 'IOM focal point', userId: BOOTSTRAP_ADMIN_USER_ID, revokedAt: null, token: expect.stringMatching(/^apm_[A-Za-z0-9_-]{43}$/) });

    // A person, named by e-mail (any case), gets a token of their own role or less, as over HTTP.
    const exceeding = await cli('tokens', 'create', '--user', 'member@example.org', '--role', 'secretariat', '--name', 'too much');
    expect(exceeding.code).toBe(1);
    expect(exceeding.stderr).toContain('may only carry the commission role');
    const human = await cli('tokens', 'create', '--user', 'Member@Example.org', '--role', 'commission', '--name', 'Commission member', '--reason', 'weekly export');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(`owned by user ${memberId}`);
    const commissionSecret = human.stdout.split('\n').find((line) => line.startsWith('apm_'));
    expect(commissionSecret).toMatch(/^apm_[A-Za-z0-9_-]{43}$/);
    expect(human.stdout).toContain('shown this once');

    const listed = await cli('tokens', 'list', '--json');
    expect(listed.code).toBe(0);
    const tokens = JSON.parse(listed.stdout);
    expect(tokens.map((t: { displayName: string }) => t.displayName)).toEqual(['bootstrap admin', 'IOM focal point', 'Commission member']);
    // Owned from the start, not attributed at the next API start.
    expect(tokens.map((t: { userId: string }) => t.userId)).toEqual([BOOTSTRAP_ADMIN_USER_ID, BOOTSTRAP_ADMIN_USER_ID, memberId]);
    expect(listed.stdout).not.toContain(agency.token);
    expect(listed.stdout).not.toContain(commissionSecret);

    const revoked = await cli('tokens', 'revoke', agency.id, '--reason', 'focal point left');
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${agency.id} +agency .*revoked 20`));
    const table = await cli('tokens', 'list');
    expect(table.stdout.split('\n').filter((line) => line.includes('revoked 20'))).toHaveLength(1);

    const app = await startTestApp(ADMIN, db);
    try {
      expect((await app.as(agency.token).get(`/activities/${organizationId}`)).status).toBe(401);
      expect((await app.as(commissionSecret!).get(`/activities/${organizationId}`)).status).toBe(404); // authenticated; no such activity
      expect((await app.as(commissionSecret!).post('/organizations').send({})).status).toBe(403);
      expect((await app.as(commissionSecret!).get('/auth/me')).body).toMatchObject({ user: { id: memberId }, role: 'commission', via: 'token' });

      // Each grant and revocation is an event of its owner's stream, written by the CLI, in /audit and verified.
      const cliActor = { actor: { id: 'cli', name: 'command line' }, role: 'system' };
      const member = await app.events.readStream(`user-${memberId}`);
      expect(member.map((e) => e.type)).toEqual(['UserInvited', 'InvitationAccepted', 'AccessTokenIssued']);
      expect(member[2]).toMatchObject({ data: { role: 'commission', displayName: 'Commission member', reason: 'weekly export' }, metadata: cliActor });
      const admin = (await app.events.readStream(`user-${BOOTSTRAP_ADMIN_USER_ID}`)).filter((e) => 'tokenId' in (e.data as object) && (e.data as { tokenId: string }).tokenId === agency.id);
      expect(admin.map((e) => [e.type, e.metadata.actor, e.data])).toEqual([
        ['AccessTokenIssued', cliActor.actor, expect.objectContaining({ role: 'agency', organizationId, reason: 'created from the command line' })],
        ['AccessTokenRevoked', cliActor.actor, { tokenId: agency.id, reason: 'focal point left' }],
      ]);
      await projected(app, member[2].position);
      const audited = await app.http.get('/audit').query({ stream: `user-${memberId}` });
      expect(audited.body.items.map((e: { type: string }) => e.type)).toContain('AccessTokenIssued');
      expect((await app.http.get('/audit/verify').query({ full: 'true' })).body).toMatchObject({ ok: true });
    } finally {
      await app.close();
    }
  }, 120_000);

  it.each([
    [['tokens', 'create', '--user', BOOTSTRAP_ADMIN_USER_ID, '--role', 'agency', '--name', 'no organization'], /must name its organization/],
    [['tokens', 'create', '--user', BOOTSTRAP_ADMIN_USER_ID, '--role', 'donor', '--organization', '3f1e2d4c-1111-4222-8333-944455556666', '--name', 'ghost'], /organization 3f1e2d4c-1111-4222-8333-944455556666 does not exist/],
    [['tokens', 'create', '--user', BOOTSTRAP_ADMIN_USER_ID, '--role', 'wizard', '--name', 'x'], /role must be one of/],
    [['tokens', 'create', '--role', 'commission', '--name', 'no owner'], /required option '--user/],
    [['tokens', 'create', '--user', 'nobody@example.org', '--role', 'commission', '--name', 'x'], /user nobody@example.org does not exist/],
    [['tokens', 'revoke', '3f1e2d4c-1111-4222-8333-944455556666'], /does not exist/],
  ])('fails with exit code 1 and a message: %j', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  }, 60_000);
});
