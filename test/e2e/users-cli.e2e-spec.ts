import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { anOrganization } from '../support/builders.js';
import { startTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { ensureCompiled } from '../support/compiled.js';

const run = promisify(execFile);
const CLI = 'dist/apps/cli/src/main.js';

/**
 * First start without a mail server: `npm run cli -- users invite --email … --role admin` prints the
 * invitation link; the person follows it, sets a password, signs in and works.
 */
describe('CLI: users invite | list', () => {
  let db: TestDatabase;
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: db.url, DB_POOL_SIZE: String(db.poolSize), LOG_LEVEL: 'error', PUBLIC_URL: 'https://monitor.example.org' } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  beforeAll(async () => {
    ensureCompiled();
    if (!existsSync(CLI)) throw new Error(`${CLI} was not built`);
    db = await createTestDatabase();
  }, 180_000);
  afterAll(async () => db.drop());

  it('prints the invitation link, which lets the first admin set a password, sign in and write', async () => {
    const invited = await cli('users', 'invite', '--email', 'First.Admin@example.org', '--role', 'admin', '--name', 'First Admin');
    expect(invited).toMatchObject({ code: 0 });
    expect(invited.stdout).toContain('invited first.admin@example.org as admin');
    const link = /https:\/\/monitor\.example\.org\/app\/password\?token=([A-Za-z0-9_-]+)/.exec(invited.stdout);
    expect(link).not.toBeNull();
    const refused = await cli('users', 'invite', '--email', 'first.admin@EXAMPLE.org', '--role', 'admin');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('exists already');

    // The API on the same database, started without BOOTSTRAP_ADMIN_TOKEN and without the event store double.
    const app = await startTestApp({ EVENTSTORE_URL: '' }, db);
    try {
      expect((await app.as(null).post('/auth/password').send({ token: link![1], password: 'first admin passphrase' })).status).toBe(200);
      const signedIn = await app.as(null).post('/auth/login').send({ email: 'first.admin@example.org', password: 'first admin passphrase' });
      expect(signedIn.status).toBe(200);
      const cookie = (signedIn.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
      const written = await app.as(null).post('/organizations').set('Cookie', cookie).set('X-CSRF-Token', signedIn.body.csrfToken).send(anOrganization());
      expect(written.status).toBe(201);
      const [invitation] = await app.events.readStream(`user-${signedIn.body.user.id}`);
      expect(invitation.metadata).toMatchObject({ actor: { id: 'cli', name: 'command line' }, role: 'system' });
    } finally {
      await app.close();
    }

    const listed = await cli('users', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ email: 'first.admin@example.org', role: 'admin', status: 'active' })]));
    const adminId = JSON.parse(listed.stdout).find((u: { email: string }) => u.email === 'first.admin@example.org').id;

    // Tokens made on the command line belong to a user: the active admin may own one; a person still invited may not.
    const owned = await cli('tokens', 'create', '--user', 'first.admin@example.org', '--role', 'secretariat', '--name', 'nightly import', '--json');
    expect(owned).toMatchObject({ code: 0 });
    expect(JSON.parse(owned.stdout)).toMatchObject({ role: 'secretariat', userId: adminId, displayName: 'nightly import' });
    await cli('users', 'invite', '--email', 'second@example.org', '--role', 'secretariat');
    const notYet = await cli('tokens', 'create', '--user', 'second@example.org', '--role', 'secretariat', '--name', 'too early');
    expect(notYet.code).toBe(1);
    expect(notYet.stderr).toContain('tokens are issued to active users only');
    // Eight command-line processes, each starting Node and Nest: minutes on a loaded 2-core CI machine.
  }, 240_000);
});
