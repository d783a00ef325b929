import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDataSource } from '#platform';
import { ALL_MIGRATIONS, READ_MODEL_ENTITIES } from '#read-models';

export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway database on the server, migrated, dropped by the returned function. */
export async function benchDatabase(poolSize = 10) {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    url: url.toString(),
    dataSource,
    async drop() {
      // A bench that hands the database to a service of its own has closed this pool already.
      if (dataSource.isInitialized) await dataSource.destroy();
      const client = new pg.Client({ connectionString: SERVER_URL });
      await client.connect();
      // pg-pool's end() resolves before its connections have closed; FORCE would end those still
      // closing, and their pools report it as an error ("terminating connection due to administrator command").
      for (let i = 0; i < 100; i++) {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export function report(figure: Record<string, unknown>): void {
  console.log(JSON.stringify(figure));
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const uuid = randomUUID;

/** A pool for a bench database; dropping the database ends its idle connections, which is expected. */
export function benchPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  return pool;
}

/** The project's root, from the compiled bench in dist/bench. */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const LAUNCHER = join(PROJECT, 'bin/api.sh');

/** Stops a service process with SIGTERM and waits until it has exited. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * The compiled API as `npm start` starts it: bin/api.sh, which chooses Node's memory settings and
 * source maps for the database it is given and execs Node (the child's pid is the service's).
 * BENCH_SERVICE_NODE_OPTIONS: Node flags to try, in place of the launcher's NODE_FLAGS default.
 */
export function spawnApi(env: NodeJS.ProcessEnv): ChildProcess {
  const { NODE_FLAGS: _inherited, ...rest } = env;
  const nodeFlags = process.env.BENCH_SERVICE_NODE_OPTIONS ? { NODE_FLAGS: process.env.BENCH_SERVICE_NODE_OPTIONS } : {};
  return spawn('sh', [LAUNCHER], { env: { ...rest, ...nodeFlags }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A CLI command as a person runs it (`npm run cli -- …`, with its Node flags), answering what it printed. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: PROJECT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`npm run cli -- ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}
