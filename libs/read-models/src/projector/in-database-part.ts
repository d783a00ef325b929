import type { DataSource } from 'typeorm';
import type { EventStore, Position, RecordedEvent } from '#event-store';
import { inBatches, type BulkRows } from './bulk.js';
import { projectionReads, type Projection } from './projection.js';
import type { ScratchTables } from './scratch-tables.js';

interface Part {
  projection: Projection;
  statement: { sql: string; values: unknown[] };
}

/**
 * The part of a bulk rebuild that statements write next to the log (Projection.rebuildInDatabase), up to
 * the log's settled head when the rebuild starts: each projection's statement, then its tables' indexes,
 * one after another beside the fold, which keeps Node busy while Postgres has time. Events after that
 * head (appended while the rebuild runs) are applied at the end as the live projector applies them. Only
 * with the log in the read models' database; otherwise it does nothing.
 */
export class InDatabasePart {
  private running: Promise<void> = Promise.resolve();
  private done = true;
  private failure: { error: unknown } | undefined;
  /** The fold's rows for the statements' tables, until their indexes are built: a COPY would wait on the build's lock. */
  private held: BulkRows[] = [];
  private readonly tables: ReadonlySet<string>;
  /** Events after `upTo`, once the log has passed it. */
  private past: RecordedEvent[] | undefined;

  private constructor(
    private readonly parts: readonly Part[],
    /** Where the statements read to. */
    readonly upTo: Position | undefined,
  ) {
    this.tables = new Set(parts.flatMap((p) => p.projection.tables));
  }

  static async plan(dataSource: DataSource, store: EventStore, projections: readonly Projection[], schema: string): Promise<InDatabasePart> {
    const log = store.logInDatabase;
    const candidates = log ? projections.filter((p) => p.bulk && p.rebuildInDatabase) : [];
    const upTo = candidates.length > 0 ? ((await log!.head((text, values) => dataSource.query(text, values))) ?? undefined) : undefined;
    if (upTo === undefined) return new InDatabasePart([], undefined);
    const parts = candidates.flatMap((projection) => {
      const statement = projection.rebuildInDatabase!(log!, schema, upTo);
      return statement ? [{ projection, statement }] : [];
    });
    return new InDatabasePart(parts, parts.length > 0 ? upTo : undefined);
  }

  get projections(): Projection[] {
    return this.parts.map((p) => p.projection);
  }

  /** What `projection.bulk` is given. */
  upToFor(projection: Projection): Position | undefined {
    return this.has(projection.name) ? this.upTo : undefined;
  }

  /** On connections of the pool's (on the embedded database's one connection, in turn with the rest). */
  start(dataSource: DataSource, scratch: ScratchTables): void {
    if (this.parts.length === 0) return;
    this.done = false;
    // One after another: one core's worth of Postgres through the fold, the other left to Node's.
    this.running = (async () => {
      for (const { projection, statement } of this.parts) {
        await dataSource.query(statement.sql, statement.values);
        await scratch.indexNow(dataSource, projection.tables);
      }
    })().then(
      () => void (this.done = true),
      (error) => void (this.failure = { error }),
    );
  }

  /**
   * Each page of the log as the rebuild reads it: what comes after `upTo` is kept for the end; answers
   * the events up to `upTo`, which are all the statements' projections fold.
   */
  see(page: RecordedEvent[]): RecordedEvent[] {
    if (this.upTo === undefined) return page;
    if (this.past) {
      this.past.push(...page);
      return [];
    }
    const at = page.findIndex((e) => e.position === this.upTo);
    if (at < 0) return page;
    this.past = page.slice(at + 1);
    return page.slice(0, at + 1);
  }

  /** Whether the projection named has a statement here (its fold is given the events up to `upTo` only). */
  has(name: string): boolean {
    return this.parts.some((p) => p.projection.name === name);
  }

  /** The fold's batches to write now: those for the statements' tables wait until their indexes are built. */
  release(batches: BulkRows[]): BulkRows[] {
    if (!this.done) {
      this.held.push(...batches.filter((b) => this.tables.has(b.table)));
      return batches.filter((b) => !this.tables.has(b.table));
    }
    // The held rows were a small batch per page of the log (the events of older shapes): copied as few.
    const held = new Map<string, BulkRows>();
    for (const { table, columns, rows } of this.held) {
      const into = held.get(table) ?? held.set(table, { table, columns, rows: [] }).get(table)!;
      for (const row of rows) into.rows.push(row);
    }
    this.held = [];
    return [...[...held.values()].flatMap((b) => inBatches(b.table, b.columns, b.rows)), ...batches];
  }

  /** Throws the first statement's failure, if any by now. */
  raise(): void {
    if (this.failure) throw this.failure.error;
  }

  /** Waits for the statements and their indexes; never rejects (see raise). */
  settled(): Promise<void> {
    return this.running;
  }

  /**
   * Once every other row is written: the events after `upTo`, applied as the live projector applies
   * them (a correction replaces rows the statement wrote), numbered after every row written before.
   */
  async applyPast(dataSource: DataSource, store: EventStore, scratch: ScratchTables, schema: string): Promise<void> {
    if (this.upTo === undefined) return;
    if (!this.past) throw new Error(`the log ended before ${this.upTo}, where the statements in the database read to`);
    const past = this.past;
    if (past.length === 0) return;
    await scratch.continueIdentities(dataSource, [...this.tables]);
    await dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL search_path TO ${schema}, public`);
      for (const { projection } of this.parts) await projection.apply(tx, past, projectionReads(store, tx));
    });
  }
}
