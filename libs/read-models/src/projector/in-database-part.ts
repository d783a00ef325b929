import type { DataSource } from 'typeorm';
import type { EventStore, Position } from '#event-store';
import type { BulkRows } from './bulk.js';
import type { Projection } from './projection.js';
import type { ScratchTables } from './scratch-tables.js';

/**
 * The part of a bulk rebuild that statements write next to the log (Projection.rebuildInDatabase), run
 * beside the fold: each projection's statement, then its tables' indexes, while the fold keeps Node busy
 * and Postgres has time. Only with the log in the read models' database; otherwise it does nothing.
 */
export class InDatabasePart {
  private running: Promise<void> = Promise.resolve();
  private done = true;
  private failure: { error: unknown } | undefined;
  /** The fold's rows for the statements' tables, until their indexes are built: a COPY would wait on the build's lock. */
  private held: BulkRows[] = [];
  private readonly tables: ReadonlySet<string>;

  private constructor(
    private readonly store: EventStore,
    readonly projections: readonly Projection[],
    /** Where the statements read to: the fold leaves their part of the events up to here out. */
    readonly upTo: Position | undefined,
  ) {
    this.tables = new Set(projections.flatMap((p) => p.tables));
  }

  static async plan(dataSource: DataSource, store: EventStore, projections: readonly Projection[]): Promise<InDatabasePart> {
    const candidates = store.logInDatabase ? projections.filter((p) => p.bulk && p.rebuildInDatabase) : [];
    const upTo = candidates.length > 0 ? ((await store.logInDatabase!.head((text, values) => dataSource.query(text, values))) ?? undefined) : undefined;
    return new InDatabasePart(store, upTo === undefined ? [] : candidates, upTo);
  }

  /** What `projection.bulk` is given. */
  upToFor(projection: Projection): Position | undefined {
    return this.projections.includes(projection) ? this.upTo : undefined;
  }

  /** On connections of the pool's (on the embedded database's one connection, in turn with the rest). */
  start(dataSource: DataSource, scratch: ScratchTables, schema: string): void {
    if (this.projections.length === 0) return;
    this.done = false;
    this.running = Promise.all(
      this.projections.map(async (projection) => {
        const { sql, values } = projection.rebuildInDatabase!(this.store.logInDatabase!, schema, this.upTo!);
        await dataSource.query(sql, values);
        await scratch.indexNow(dataSource, projection.tables);
      }),
    ).then(
      () => void (this.done = true),
      (error) => void (this.failure = { error }),
    );
  }

  /** The fold's batches to write now: those for the statements' tables wait until their indexes are built. */
  release(batches: BulkRows[]): BulkRows[] {
    if (!this.done) {
      this.held.push(...batches.filter((b) => this.tables.has(b.table)));
      return batches.filter((b) => !this.tables.has(b.table));
    }
    const out = [...this.held, ...batches];
    this.held = [];
    return out;
  }

  /** Throws the first statement's failure, if any by now. */
  raise(): void {
    if (this.failure) throw this.failure.error;
  }

  /** Waits for the statements and their indexes; never rejects (see raise). */
  settled(): Promise<void> {
    return this.running;
  }
}
