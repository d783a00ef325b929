import pg, { type Pool, type QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import { onPostgresServer, poolOf } from './data-source.js';
import { HeldConnection } from './kept-connections.js';

/** A statement run in a reading's one snapshot; answers its rows (typed by the caller, as DataSource.query's). */
export type SnapshotQuery = <Rows = any>(text: string, values?: unknown[]) => Promise<Rows>;

const BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * Runs `read` with statements that all see one committed state of the database, so that the figures of
 * one answer agree with each other while the projector commits batches beside it: statements each in a
 * snapshot of its own could count an activity as completed in one section of a dashboard and as in
 * progress in the next. On a Postgres server the statements still run side by side, on up to `lanes`
 * connections sharing one exported snapshot; a connection is added only while the pool has one to
 * spare, so a busy pool makes a reading slower, never stuck. On the embedded database (one connection)
 * they run one after another in one repeatable-read transaction.
 */
export async function readInOneSnapshot<T>(dataSource: DataSource, lanes: number, read: (query: SnapshotQuery) => Promise<T>): Promise<T> {
  const parallel = lanes > 1 && (await onPostgresServer(dataSource));
  const reading = await Reading.open(poolOf(dataSource), parallel ? lanes : 1);
  try {
    return await read(<Rows>(text: string, values?: unknown[]) => reading.run(text, values) as Promise<Rows>);
  } finally {
    // The answer does not wait for the connections' ROLLBACK: the pool gets each back once it is done.
    void reading.end();
  }
}

interface Statement {
  text: string;
  values?: unknown[];
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/** A connection in the reading's transaction. */
class Lane extends HeldConnection {
  busy = false;

  /** The rows of the statement, or of the last of several (a text without values may hold several). */
  async rows(text: string, values?: unknown[]): Promise<unknown[]> {
    const result = (await this.query(text, values)) as QueryResult | QueryResult[];
    return Array.isArray(result) ? result[result.length - 1].rows : result.rows;
  }

  async close(): Promise<void> {
    // Read only: nothing to keep; ROLLBACK also ends a transaction a failed statement aborted.
    if (!this.broken) await this.query('ROLLBACK').catch(() => undefined);
    this.release();
  }
}

class Reading {
  private readonly queue: Statement[] = [];
  private readonly lanes: Lane[] = [];
  /** Statements running and lanes joining the snapshot: `end` waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private joining = 0;
  private ended = false;

  private constructor(
    private readonly pool: Pool,
    private readonly maxLanes: number,
    first: Lane,
    /** The exported snapshot other lanes import (only when there may be more than one lane). */
    private readonly snapshot: string | undefined,
  ) {
    this.lanes.push(first);
  }

  static async open(pool: Pool, maxLanes: number): Promise<Reading> {
    const first = new Lane(await pool.connect());
    try {
      if (maxLanes === 1) {
        await first.rows(BEGIN);
        return new Reading(pool, maxLanes, first, undefined);
      }
      // One round trip for both; every other lane joins at once, while the first runs the first statement.
      const [{ id }] = (await first.rows(`${BEGIN}; SELECT pg_export_snapshot() AS id`)) as { id: string }[];
      const reading = new Reading(pool, maxLanes, first, id);
      for (let lane = 1; lane < maxLanes && reading.poolHasSpare(); lane++) reading.join();
      return reading;
    } catch (error) {
      await first.close();
      throw error;
    }
  }

  run(text: string, values?: unknown[]): Promise<unknown[]> {
    if (this.ended) return Promise.reject(new Error('the reading has ended'));
    return new Promise((resolve, reject) => {
      this.queue.push({ text, values, resolve, reject });
      this.dispatch();
    });
  }

  /** Waits for what is running, refuses what is queued, and gives every connection back. */
  async end(): Promise<void> {
    this.ended = true;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    for (const statement of this.queue.splice(0)) statement.reject(new Error('the reading has ended'));
    await Promise.all(this.lanes.splice(0).map((lane) => lane.close()));
  }

  private dispatch(): void {
    if (this.ended) return;
    for (const lane of this.lanes) {
      if (this.queue.length === 0) return;
      if (!lane.busy && !lane.broken) this.track(this.execute(lane, this.queue.shift()!));
    }
    if (this.queue.length > this.joining && this.lanes.length + this.joining < this.maxLanes && this.poolHasSpare()) this.join();
    // Every connection lost and none coming: what is queued would wait for ever.
    const broken = this.lanes.every((lane) => lane.broken) && this.joining === 0 ? this.lanes[0]?.broken : undefined;
    if (broken) for (const statement of this.queue.splice(0)) statement.reject(broken);
  }

  private async execute(lane: Lane, statement: Statement): Promise<void> {
    lane.busy = true;
    try {
      statement.resolve(await lane.rows(statement.text, statement.values));
    } catch (error) {
      statement.reject(error);
    } finally {
      lane.busy = false;
      this.dispatch();
    }
  }

  /** Another connection, in the first one's snapshot. */
  join(): void {
    this.joining += 1;
    // Waiting for the pool is not waited for by `end`; a connection that comes after it goes straight back.
    this.pool.connect().then(
      (client) => {
        // The first lane's transaction, whose snapshot this one would import, may be gone already.
        if (this.ended) {
          this.joining -= 1;
          return client.release();
        }
        // Tracked from here, synchronously: `end` waits for the import before closing the first lane.
        this.track(this.enter(new Lane(client)));
      },
      () => {
        this.joining -= 1;
      },
    );
  }

  private async enter(lane: Lane): Promise<void> {
    try {
      await lane.rows(`${BEGIN}; SET TRANSACTION SNAPSHOT ${pg.escapeLiteral(this.snapshot!)}`);
    } catch {
      // A reading that cannot widen goes on with the lanes it has.
      this.joining -= 1;
      return lane.close();
    }
    this.joining -= 1;
    this.lanes.push(lane);
    this.dispatch();
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** A connection idle, or room for a new one, and nobody else waiting for one. */
  poolHasSpare(): boolean {
    return this.pool.waitingCount === 0 && (this.pool.idleCount > 0 || this.pool.totalCount < (this.pool.options.max ?? 10));
  }
}
