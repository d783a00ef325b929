import pg, { type Pool, type PoolClient, type QueryConfig, type QueryResult, type QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import { poolOf } from './data-source.js';

/** The query method of a pool, as the event store and the token check take it. */
export type PoolQueries = Pick<Pool, 'query'>;

/**
 * Queries on a pool that keep their connection when the server refuses a statement. `pg-pool`'s own
 * `query` closes the connection after any error, since it cannot tell a refused statement from a broken
 * connection: every unique violation then cost a new server process, its authentication and every
 * named statement planned again. The event store meets them as a matter of course (two writers racing
 * for a stream's next revision, a retried command's events already stored): a burst of 2,000 reports
 * on one activity from 8 connections opened 8 connections a second, and the machine spent 45 % of its
 * time in the kernel.
 */
export function keptConnections(pool: Pool): PoolQueries {
  async function query<R extends QueryResultRow>(text: string | QueryConfig, values?: unknown[]): Promise<QueryResult<R>> {
    const held = new HeldConnection(await pool.connect());
    try {
      return await held.query<R>(text, values);
    } finally {
      held.release();
    }
  }
  return { query } as PoolQueries;
}

/**
 * A connection checked out of a pool, given back kept unless it broke: a statement the server refused
 * leaves it fit for the next (see keptConnections), a broken one is discarded by the pool.
 */
export class HeldConnection {
  /** Set when the connection cannot be trusted again. */
  broken?: Error;
  // Broken while checked out: pg reports it on the client too, and an unheard 'error' would end the process.
  private readonly onError = (error: Error) => (this.broken ??= error);

  constructor(readonly client: PoolClient) {
    client.on('error', this.onError);
  }

  async query<R extends QueryResultRow>(text: string | QueryConfig, values?: unknown[]): Promise<QueryResult<R>> {
    try {
      return await (typeof text === 'string' ? this.client.query<R>(text, values) : this.client.query<R>(text));
    } catch (error) {
      if (!refusedStatement(error)) this.broken ??= error as Error;
      throw error;
    }
  }

  release(): void {
    this.client.off('error', this.onError);
    this.client.release(this.broken);
  }
}

/** keptConnections on a TypeORM data source's pool. */
export function keptConnectionsOf(dataSource: DataSource): PoolQueries {
  return keptConnections(poolOf(dataSource));
}

/**
 * An error the server sent about one statement, after which the session goes on: not the connection's
 * failure (no SQLSTATE), nor one the server ends the session with (FATAL, PANIC; class 08, connection
 * exception; 57P, the server shutting down or the database dropped; XX, internal). The class is read
 * from the code, which is never translated; the severity only when it is in English.
 */
export function refusedStatement(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError) || typeof error.code !== 'string') return false;
  if (error.severity === 'FATAL' || error.severity === 'PANIC') return false;
  return !/^(08|57P|XX)/.test(error.code);
}
