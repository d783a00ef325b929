import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource, QueryRunner } from 'typeorm';
import { recordsetColumns, type BulkRows } from './bulk.js';
import { copyLines } from './copy-text.js';

/** Writes rows into tables of the scratch schema. */
export interface BulkWriter {
  readonly method: 'copy' | 'insert';
  /**
   * Queues batches (each written whole, its rows in order, on one connection), and resolves once more may be given, not
   * once they are written: the caller folds on while Postgres takes the rows. A failure comes out of a
   * later `write`, or out of `flush`.
   */
  write(schema: string, batches: readonly BulkRows[]): Promise<void>;
  /** Every queued batch written; rejects with the first failure. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Connections copying at once: tables are written side by side, Postgres working on each. */
const COPY_LANES = 2;
/** Batches left queued on a lane when `write` returns: enough to keep it busy, little held in memory. */
const QUEUED_PER_LANE = 2;

/**
 * COPY on a Postgres server; on the embedded database (PGlite, whose socket does not speak COPY's
 * sub-protocol) multi-row INSERTs from one JSON parameter.
 */
export async function openBulkWriter(dataSource: DataSource): Promise<BulkWriter> {
  const [{ embedded }] = (await dataSource.query("SELECT version() LIKE '%PGlite%' AS embedded")) as { embedded: boolean }[];
  // The embedded database has one connection: the INSERTs take it statement by statement, as everything else does.
  if (embedded) return insertWriter(dataSource);
  return copyWriter(dataSource);
}

/** A connection copying batches one after another. */
interface Lane {
  client: Promise<PoolClient>;
  runner: QueryRunner;
  /** The writes of its queued batches, first to last; none rejects (the writer keeps the failure). */
  queued: Promise<void>[];
  rows: number;
}

/**
 * Each batch is written whole on one lane (its rows together on disk, as a reader of neighbouring rows
 * wants them): the lane with the fewest rows queued when it comes. A large table's batches go to both,
 * so that two backends take its rows while Node prepares the next.
 */
function copyWriter(dataSource: DataSource): BulkWriter {
  const lanes: Lane[] = [];
  let failure: { error: unknown } | undefined;
  const raise = () => {
    if (failure) throw failure.error;
  };
  const nextLane = (): Lane => {
    if (lanes.length < COPY_LANES) {
      const runner = dataSource.createQueryRunner();
      const lane: Lane = { runner, client: runner.connect() as Promise<PoolClient>, queued: [], rows: 0 };
      lanes.push(lane);
      return lane;
    }
    return lanes.reduce((a, b) => (b.rows < a.rows ? b : a));
  };
  const queue = (lane: Lane, schema: string, batch: BulkRows) => {
    lane.rows += batch.rows.length;
    const before = lane.queued.at(-1) ?? Promise.resolve();
    lane.queued.push(
      before.then(async () => {
        try {
          if (!failure) await copy(await lane.client, schema, batch);
        } catch (error) {
          failure ??= { error };
        } finally {
          lane.queued.shift();
          lane.rows -= batch.rows.length;
        }
      }),
    );
  };
  const settled = () => Promise.all(lanes.map((lane) => lane.queued.at(-1)));
  return {
    method: 'copy',
    async write(schema, batches) {
      raise();
      for (const batch of batches) {
        if (batch.replaces?.length) {
          // Every row written before is in; no row given after is written until the deletion is done.
          await settled();
          raise();
          const lane = nextLane();
          try {
            await deleteReplaced(await lane.client, schema, batch);
          } catch (error) {
            failure ??= { error };
            raise();
          }
        }
        if (batch.rows.length > 0) queue(nextLane(), schema, batch);
      }
      // Batches are written in order: once this one is, a lane has its allowance left.
      for (const lane of lanes) if (lane.queued.length > QUEUED_PER_LANE) await lane.queued[lane.queued.length - QUEUED_PER_LANE - 1];
      raise();
    },
    async flush() {
      await settled();
      raise();
    },
    async close() {
      await settled();
      await Promise.all(lanes.splice(0).map((lane) => lane.client.then(() => lane.runner.release(), () => undefined)));
    },
  };
}

/** The rows a batch replaces (see BulkRows.replaces). */
async function deleteReplaced(db: { query(sql: string, values: unknown[]): Promise<unknown> }, schema: string, { table, replaces }: BulkRows): Promise<void> {
  await db.query(`DELETE FROM ${schema}.${table} WHERE id = ANY($1::uuid[])`, [replaces]);
}

async function copy(client: PoolClient, schema: string, { table, columns, rows }: BulkRows): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${schema}.${table} (${columns.map((c) => c.name).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyLines(rows, columns)), stream);
}

function insertWriter(dataSource: DataSource): BulkWriter {
  let failure: { error: unknown } | undefined;
  const insert = async (schema: string, batch: BulkRows) => {
    const { table, columns, rows } = batch;
    if (batch.replaces?.length) await deleteReplaced(dataSource, schema, batch);
    const { record, select } = recordsetColumns(columns);
    // As COPY does, an identity column given takes the value given (the audit log's order).
    const sql = `INSERT INTO ${schema}.${table} (${columns.map((c) => c.name).join(', ')}) OVERRIDING SYSTEM VALUE
      SELECT ${select} FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${record})) WITH ORDINALITY AS r ORDER BY r.ordinality`;
    // A thousand rows a statement keeps each JSON parameter small for the embedded database.
    for (let i = 0; i < rows.length; i += 1000) {
      const records = rows.slice(i, i + 1000).map((row) => Object.fromEntries(columns.map((c, index) => [c.name, row[index] ?? null])));
      await dataSource.query(sql, [JSON.stringify(records)]);
    }
  };
  const raise = () => {
    if (failure) throw failure.error;
  };
  return {
    method: 'insert',
    async write(schema, batches) {
      raise();
      try {
        for (const batch of batches) await insert(schema, batch);
      } catch (error) {
        failure = { error };
        throw error;
      }
    },
    flush: async () => raise(),
    close: async () => undefined,
  };
}
