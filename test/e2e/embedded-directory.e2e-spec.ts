import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import request from 'supertest';
import { startEmbeddedPostgres } from '#platform';
import { anOrganization } from '../support/builders.js';
import { listeningTcpPorts } from '../support/listening-sockets.js';
import { ensureCompiled } from '../support/compiled.js';

const run = promisify(execFile);
const API = 'dist/apps/api/src/main.js';
/** `npm start`'s launcher: execs Node on API, with the embedded default's memory settings when there is no DATABASE_URL. */
const LAUNCHER = 'bin/api.sh';
const CLI = 'dist/apps/cli/src/main.js';
const ADMIN_TOKEN = 'apm_embedded-directory-lock-admin-token';

/**
 * The embedded database under DATA_DIR as operators run it: compiled processes of their own. One
 * process at a time may open the directory (a second API or a CLI command is refused, naming the
 * holder's pid), a holder killed with SIGKILL does not block the next start, and the database is
 * reachable only through a private Unix socket, never a TCP port.
 */
describe('embedded database directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'apm-lock-'));
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // What `prestart` does; type errors elsewhere in the tree do not stop tsc from emitting.
    ensureCompiled();
    if (!existsSync(API) || !existsSync(CLI)) throw new Error('the apps were not built');
  }, 180_000);

  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const env = (port: number) => ({ ...process.env, DATABASE_URL: '', EVENTSTORE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'log', BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN });

  /** Starts the API as `npm start` does; resolves once it listens, or with its exit code and output when it stops first. */
  async function startApi(): Promise<{ child: ChildProcess; port: number; exitCode: number | null; output: string }> {
    const port = await freePort();
    const child = spawn('sh', [LAUNCHER], { env: env(port), stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = once(child, 'exit').then(([code]) => code as number | null);
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
      if (child.exitCode !== null) return { child, port, exitCode: await exited, output };
      if (output.includes('listening on')) return { child, port, exitCode: null, output };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the API neither started nor stopped:\n${output}`);
  }

  async function cli(...args: string[]): Promise<{ code: number; out: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: env(0) });
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  }

  it('refuses a second API and the CLI while one runs, naming its pid; a SIGKILLed holder does not block the next start', async () => {
    const first = await startApi();
    expect(first.exitCode).toBeNull();
    // The cluster is created by a child process, whose initdb memory goes with it.
    expect(first.output).toContain(`created the embedded database in ${join(dataDir, 'pg')}`);
    // The launcher exec'd Node (the same pid) with the memory settings only a start can give it.
    const commandLine = readFileSync(`/proc/${first.child.pid}/cmdline`, 'utf8').split('\0');
    expect(commandLine).toEqual(expect.arrayContaining(['--max-semi-space-size=8', '--heap-growing-percent=30', API]));
    expect(readFileSync(`/proc/${first.child.pid}/environ`, 'utf8').split('\0')).toContain('MALLOC_ARENA_MAX=2');
    const http = request(`http://127.0.0.1:${first.port}`);
    const created = await http.post('/organizations').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send(anOrganization({ acronym: 'IOM', name: 'International Organization for Migration' }));
    expect(created.status).toBe(201);

    // Only the HTTP port: the embedded database listens on no TCP port at all.
    expect(listeningTcpPorts(first.child.pid!)).toEqual([first.port]);
    const socketDir = join(dataDir, 'run');
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(socketDir, '.s.PGSQL.5432')).mode & 0o777).toBe(0o600);

    const second = await startApi();
    expect(second.exitCode).not.toBe(0);
    expect(second.exitCode).not.toBeNull();
    expect(second.output.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^error: the embedded database in .+ is in use by process ${first.child.pid} `))]);

    const listed = await cli('tokens', 'list');
    expect(listed.code).not.toBe(0);
    // One clear line for the operator, no stack trace.
    expect(listed.out.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^error: the embedded database in .+ is in use by process ${first.child.pid} `))]);

    // The first one still serves, and nothing of the refused ones reached its data.
    expect((await http.get(`/organizations/${created.body.id}`).set('Authorization', `Bearer ${ADMIN_TOKEN}`)).status).not.toBe(503);

    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    const third = await startApi();
    expect(third.exitCode).toBeNull();
    expect(third.output).not.toContain('created the embedded database');
    const again = await request(`http://127.0.0.1:${third.port}`).post('/organizations').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send(anOrganization({ acronym: 'UNICEF', name: 'UNICEF' }));
    expect(again.status).toBe(201);
    const exited = once(third.child, 'exit');
    third.child.kill('SIGTERM');
    await exited;

    // Stopped cleanly: the CLI may open the directory now and sees both organisations' events.
    const verified = await cli('audit', 'verify', '--json');
    expect(verified.code).toBe(0);
    // Two organisations, their two code reservations, the bootstrap admin user and its token's grant.
    expect(JSON.parse(verified.out)).toMatchObject({ ok: true, eventsChecked: 6 });
  }, 240_000);

  it('starts Node with a larger young generation when DATABASE_URL names a Postgres server, and glibc\'s arenas and no source maps when embedded', async () => {
    // Node itself is replaced by a script that prints what the launcher handed it.
    const fakeBin = join(dataDir, 'fake-bin');
    mkdirSync(fakeBin);
    writeFileSync(join(fakeBin, 'node'), '#!/bin/sh\necho "args: $*"\necho "arenas: ${MALLOC_ARENA_MAX:-default}"\n', { mode: 0o755 });
    const { MALLOC_ARENA_MAX: _inherited, NODE_FLAGS: _flags, ...rest } = process.env;
    const launched = (databaseUrl: string, nodeFlags?: string) =>
      run('sh', [LAUNCHER], { env: { ...rest, PATH: `${fakeBin}:${process.env.PATH}`, DATABASE_URL: databaseUrl, ...(nodeFlags ? { NODE_FLAGS: nodeFlags } : {}) } }).then((r) => r.stdout.trim().split('\n'));
    expect(await launched('postgres://postgres@127.0.0.1:5432/postgres')).toEqual([`args: --max-semi-space-size=64 --enable-source-maps ${API}`, 'arenas: default']);
    // Embedded, no source maps (their parsed copies cost memory) unless NODE_FLAGS asks for them.
    expect(await launched('')).toEqual([`args: --max-semi-space-size=8 --heap-growing-percent=30 ${API}`, 'arenas: 2']);
    expect(await launched('', '--enable-source-maps')).toEqual([`args: --max-semi-space-size=8 --heap-growing-percent=30 --enable-source-maps ${API}`, 'arenas: 2']);
  });

  it('refuses a second opener inside one process too, and serves every embedded database on a private socket', async () => {
    const dir = join(dataDir, 'in-process');
    mkdirSync(dir);
    const before = listeningTcpPorts();
    const held = await startEmbeddedPostgres(dir);
    try {
      await expect(startEmbeddedPostgres(dir)).rejects.toThrow(`the embedded database in ${dir} is in use by process ${process.pid}`);
      const memory = await startEmbeddedPostgres(null);
      try {
        expect(listeningTcpPorts()).toEqual(before);
        for (const embedded of [held, memory]) {
          expect(statSync(embedded.socketPath).mode & 0o777).toBe(0o600);
          expect(statSync(join(embedded.socketPath, '..')).mode & 0o777).toBe(0o700);
          const client = new pg.Client({ connectionString: embedded.url });
          await client.connect();
          expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
          await client.end();
        }
      } finally {
        await memory.stop();
      }
      expect(existsSync(memory.socketPath)).toBe(false);
    } finally {
      await held.stop();
    }
    // Released on stop: the directory opens again.
    const reopened = await startEmbeddedPostgres(dir);
    await reopened.stop();
  }, 60_000);

  it('falls back to a private temporary directory when DATA_DIR is too long for a socket address', async () => {
    const dir = join(dataDir, 'x'.repeat(120));
    const embedded = await startEmbeddedPostgres(dir);
    try {
      expect(embedded.socketPath.startsWith(tmpdir())).toBe(true);
      expect(statSync(join(embedded.socketPath, '..')).mode & 0o777).toBe(0o700);
      const client = new pg.Client({ connectionString: embedded.url });
      await client.connect();
      await client.end();
    } finally {
      await embedded.stop();
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  await once(server, 'close');
  return port;
}
