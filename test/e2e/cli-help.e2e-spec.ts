import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lockDataDir, LOCK_FILE, type DataDirLock } from '#platform';
import { ensureCompiled } from '../support/compiled.js';

const CLI = 'dist/apps/cli/src/main.js';

/**
 * The CLI's help needs no database: an operator reads it while the API holds the embedded database (one
 * process at a time may open it), or while the database server is down, and it opens nothing.
 */
describe('CLI help', () => {
  let dataDir: string;
  let held: DataDirLock;
  const cli = async (env: Record<string, string>, ...args: string[]) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error', ...env };
    if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env: childEnv });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const embedded = (...args: string[]) => cli({ DATA_DIR: dataDir }, ...args);

  beforeAll(() => {
    ensureCompiled();
    dataDir = mkdtempSync(join(tmpdir(), 'cli-help-'));
    // This test process stands for a running API on the embedded database.
    held = lockDataDir(dataDir);
  }, 180_000);
  afterAll(() => {
    held.release();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the command groups while another process holds the embedded database', async () => {
    const help = await embedded('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: npm run cli -- \[options\] \[command\]$/m);
    for (const group of ['audit', 'codes', 'events', 'locations', 'projections', 'seed', 'tokens', 'users'])
      expect(help.stdout).toMatch(new RegExp(`^  ${group} `, 'm'));
    expect(help.stdout).toContain('inspect and rebuild the read models');
    // Nothing but the lock file this process made: no database was started in the directory.
    expect(readdirSync(dataDir)).toEqual([LOCK_FILE]);
  });

  it('shows a group’s commands, given alone or with --help, and a command’s options', async () => {
    for (const args of [['users'], ['users', '--help'], ['help', 'users']]) {
      const help = await embedded(...args);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^ {2}invite \[options\] +invite a person/m);
      expect(help.stdout).toMatch(/^ {2}list \[options\] +list every user/m);
    }
    const create = await embedded('tokens', 'create', '--help');
    expect(create.code).toBe(0);
    expect(create.stdout).toMatch(/^Usage: npm run cli -- tokens create \[options\]/m);
    expect(create.stdout).toContain('create a token owned by a user and print its secret, once');
    expect(create.stdout).toMatch(/--role <role> +one of admin, secretariat, agency, commission, donor/);
  });

  it('refuses an unknown command without opening the database', async () => {
    expect(await embedded('nonsense')).toMatchObject({ code: 1, stderr: expect.stringContaining("unknown command 'nonsense'") });
  });

  it('answers help with the database server down (a command would retry connecting for half a minute)', async () => {
    const help = await cli({ DATABASE_URL: 'postgres://postgres@127.0.0.1:9/nowhere' }, 'projections', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}rebuild \[name\] +rebuild one projection or all/m);
  });

  it('still refuses a command while another process holds the embedded database', async () => {
    const status = await embedded('projections', 'status');
    expect(status.code).toBe(1);
    expect(status.stderr).toContain(`is in use by process ${process.pid}`);
  });
});
