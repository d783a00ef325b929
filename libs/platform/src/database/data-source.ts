import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import { databaseConnectionsOpened } from '../metrics/metrics.js';
import { QueryErrorLogger } from './query-error-logger.js';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  entities?: MixedList<Function | string | EntitySchema>;
  migrations?: MixedList<Function | string>;
  /** How long to wait for a connection, new or from the pool; default 10 s. */
  connectTimeoutMs?: number;
  /**
   * Longest a statement may run; 0 or unset = no limit. The server cancels it (`statement_timeout`),
   * and the client gives up a second later (`query_timeout`), so a server that stopped answering
   * altogether fails the call too instead of hanging it.
   */
  statementTimeoutMs?: number;
  /**
   * The pool is the only user of a database session that outlives its connections (the embedded PGlite:
   * every connection is the one backend). Each new connection starts by dropping the session's prepared
   * statements, so one replacing a discarded connection can prepare the same names again.
   */
  soleUserOfSession?: boolean;
}

/** Grace for the server's own cancel to arrive before the client stops waiting. */
const CLIENT_GRACE_MS = 1_000;

/** TypeORM over `pg`; schema changes only through migrations, never `synchronize`. */
export function createDataSource(settings: DataSourceSettings): DataSource {
  const statementTimeout = settings.statementTimeoutMs ?? 0;
  const dataSource = new DataSource({
    type: 'postgres',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations: settings.migrations ?? [],
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: settings.poolSize,
    extra: {
      max: settings.poolSize,
      connectionTimeoutMillis: settings.connectTimeoutMs ?? 10_000,
      // Every query here reads one plan's or one page's rows: starting parallel workers or compiling
      // (JIT) costs more than it saves (a dashboard query took 21 ms with a worker, 3 ms without, at 1M events).
      options: '-c max_parallel_workers_per_gather=0 -c jit=off',
      onConnect: (client: PoolClient) => {
        databaseConnectionsOpened.inc();
        return settings.soleUserOfSession ? client.query('DEALLOCATE ALL') : undefined;
      },
      ...(statementTimeout > 0 ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + CLIENT_GRACE_MS } : {}),
    },
    logging: ['error', 'warn'],
    logger: new QueryErrorLogger(),
  });
  if (settings.soleUserOfSession) soleUsers.add(dataSource);
  return dataSource;
}

const soleUsers = new WeakSet<DataSource>();
const servers = new WeakMap<DataSource, Promise<boolean>>();

/** Whether the data source is on a Postgres server (not the embedded PGlite, which takes one connection at a time). */
export function onPostgresServer(dataSource: DataSource): Promise<boolean> {
  let answer = servers.get(dataSource);
  if (!answer) {
    answer = soleUsers.has(dataSource) ? Promise.resolve(false) : dataSource.query("SELECT version() NOT LIKE '%PGlite%' AS server").then((rows: { server: boolean }[]) => rows[0].server);
    servers.set(dataSource, answer);
    // Asked while the database was down: asked again next time, not failed for good.
    answer.catch(() => servers.get(dataSource) === answer && servers.delete(dataSource));
  }
  return answer;
}

/**
 * Whether the pool may name (prepare once per connection) the statements it runs all the time: on a
 * Postgres server, and on PGlite only for the pool that is its session's sole user (see soleUserOfSession).
 */
export function mayNameStatements(dataSource: DataSource): Promise<boolean> {
  return soleUsers.has(dataSource) ? Promise.resolve(true) : onPostgresServer(dataSource);
}

/** The `pg` pool behind a TypeORM data source, shared so embedded mode keeps to one connection. */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
