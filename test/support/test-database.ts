import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startEmbeddedPostgres } from '#platform';

export interface TestDatabase {
  url: string;
  /** Pool size the product should use on it (1 on the embedded database). */
  poolSize: number;
  embedded: boolean;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: a fresh database on the server named by
 * TEST_DATABASE_URL, or else a fresh in-memory embedded Postgres.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createServerDatabase(serverUrl) : createEmbeddedDatabase();
}

/** The Postgres server, for suites that need one whichever database the run is for: TEST_DATABASE_URL's, or the machine's. */
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh in-memory embedded Postgres, whatever TEST_DATABASE_URL says. */
export async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const embedded = await startEmbeddedPostgres(null, { loadDataDir: clusterTemplate() });
  return { url: embedded.url, poolSize: 1, embedded: true, drop: () => embedded.stop() };
}

/** The dump of a new cluster that jest's global setup made, when it did (see jest-global-setup.js). */
function clusterTemplate(): Blob | undefined {
  const file = process.env.PGLITE_TEMPLATE;
  return file ? new Blob([readFileSync(file)]) : undefined;
}

export interface ServerDatabaseOptions {
  prefix?: string;
  poolSize?: number;
  /** Where the product reaches the server instead of the URL's own host and port (a proxy). */
  reachAt?: { host: string; port: number };
}

/** A fresh database on the Postgres server at `serverUrl`; `drop` removes it, connections and all. */
export async function createServerDatabase(serverUrl: string, { prefix = 'test', poolSize = 10, reachAt }: ServerDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  if (reachAt) {
    url.hostname = reachAt.host;
    url.port = String(reachAt.port);
  }
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolSize,
    embedded: false,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
