import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';

const TABLES = `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`;

/** Longer than any vacuum of a single-machine database; the pool's own limit would cut a large one short. */
const VACUUM_TIMEOUT_MS = 10 * 60_000;

/**
 * What autovacuum does on a server, for the embedded PGlite, which runs Postgres in single-user mode
 * and so has no autovacuum: without it every row a projection rewrites (an activity's view, on each
 * progress report) leaves its old version behind for good, and the planner has no statistics. Each
 * table is vacuumed and analysed in a statement of its own, so the service's queries on the one
 * connection go on between tables.
 */
export class EmbeddedVacuum {
  private readonly logger = new Logger('Database');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly pool: Pool,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs).unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over every table; a pass still running is not started twice. */
  runOnce(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ name: string }>(TABLES);
      for (const { name } of rows) {
        const client = await this.pool.connect();
        let failure: Error | undefined;
        try {
          // PGlite's connections share one session: the bound is put back as it was, not to a startup value.
          const bound = (await client.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0].statement_timeout;
          await client.query('SET statement_timeout = 0');
          // pg reads the client-side limit from the query config as well as from the pool's (not typed there).
          await client.query({ text: `VACUUM (ANALYZE) ${name}`, query_timeout: VACUUM_TIMEOUT_MS } as { text: string });
          await client.query(`SELECT set_config('statement_timeout', $1, false)`, [bound]);
        } catch (error) {
          failure = error as Error;
          throw error;
        } finally {
          // A connection left in an unknown state is dropped, not returned to the pool.
          client.release(failure);
        }
      }
    } catch (error) {
      this.logger.warn(`vacuum of the embedded database failed, next pass in ${Math.round(this.intervalMs / 1000)} s: ${(error as Error).message}`);
    }
  }
}
