import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { upcastRecorded } from '#domain';
import type { EventStore, Position, RecordedEvent } from '#event-store';
import { lockProjection, writeCheckpoint } from './checkpoints.js';
import { describeError, replaceDeadLetters, type DeadLetter, type ParkedEvent } from './dead-letters.js';
import type { BulkFold, BulkRows } from './bulk.js';
import { openBulkWriter, type BulkWriter } from './bulk-writer.js';
import { applyIsolated, wholeThenIsolated } from './isolated-apply.js';
import { projectionReads, type Projection } from './projection.js';
import { InDatabasePart } from './in-database-part.js';
import { ScratchTables } from './scratch-tables.js';

export interface RebuildReport {
  projections: string[];
  events: number;
  seconds: number;
  position: Position | null;
  /** Events a projection could not take: parked (they replace its earlier dead letters), not fatal. */
  parked: RebuildParkedEvent[];
  /**
   * How the rows were written: folded in memory and copied (`copy`, on a server) or inserted in batches
   * (`insert`, embedded), or event by event as the live projector does (`statements`), which is also the
   * way taken again from zero when the fold or its write fails (so an event Postgres refuses is parked).
   */
  method: BulkWriter['method'] | 'statements';
  /** Projections that wrote part of their rows by a statement next to the log (see Projection.rebuildInDatabase). */
  inDatabase: string[];
}

export interface RebuildOptions {
  pageSize?: number;
  onProgress?: (events: number) => void;
  attemptsBeforeParking?: number;
  /** false: event by event only (the reference the in-memory fold is tested against). */
  bulk?: boolean;
}

/** The in-memory fold, or writing its rows, failed: the rebuild starts again event by event. */
class BulkRebuildFailed extends Error {
  constructor(readonly reason: unknown) {
    super(`bulk rebuild failed: ${describeError(reason)}`);
  }
}

/** A dead letter as the rebuild reports it (the table row without its bookkeeping). */
export type RebuildParkedEvent = Pick<DeadLetter, 'projection' | 'eventId' | 'position' | 'stream' | 'revision' | 'type' | 'error'>;

/**
 * Rebuilds projections from position zero into fresh tables in a scratch schema (the projections
 * write to it through `search_path`), then, in one transaction under the projections' locks, moves
 * the new tables in place of the live ones and sets the checkpoints. Readers see the old tables until
 * that commit and the new ones after it: never half a rebuild. A live projector waits on the locks,
 * then continues from the new checkpoints, replaying what it had applied beyond them. An event a
 * projection cannot take is parked as the live projector parks it (see `Projector`), and the rebuild
 * goes on; an event of a newer release stops it.
 */
export async function rebuildProjections(dataSource: DataSource, store: EventStore, projections: readonly Projection[], options: RebuildOptions = {}): Promise<RebuildReport> {
  const started = Date.now();
  if ((options.bulk ?? true) && projections.some((p) => p.bulk)) {
    try {
      return await rebuildOnce(dataSource, store, projections, options, started, true);
    } catch (error) {
      if (!(error instanceof BulkRebuildFailed)) throw error;
    }
  }
  return rebuildOnce(dataSource, store, projections, options, started, false);
}

async function rebuildOnce(dataSource: DataSource, store: EventStore, projections: readonly Projection[], options: RebuildOptions, started: number, useBulk: boolean): Promise<RebuildReport> {
  const pageSize = options.pageSize ?? 2000;
  const schema = `rebuild_${randomBytes(4).toString('hex')}`;
  let position: Position | null = null;
  let events = 0;
  const parked = new Map<string, ParkedEvent[]>(projections.map((p) => [p.name, []]));
  const inDatabase = await InDatabasePart.plan(dataSource, store, useBulk ? projections : [], schema);
  const folds = new Map<string, BulkFold>(useBulk ? projections.filter((p) => p.bulk).map((p) => [p.name, p.bulk!(inDatabase.upToFor(p))]) : []);
  const byStatements = projections.filter((p) => !folds.has(p.name));
  let writer: BulkWriter | undefined;
  try {
    const scratch = await ScratchTables.create(dataSource, schema, projections.flatMap((p) => p.tables), new Set(projections.filter((p) => folds.has(p.name)).flatMap((p) => p.tables)));
    inDatabase.start(dataSource, scratch);
    writer = useBulk ? await openBulkWriter(dataSource) : undefined;
    const method = writer?.method ?? 'statements';
    const writeRows = async (take: () => Promise<BulkRows[]>, andFlush = false) => {
      try {
        inDatabase.raise();
        await writer!.write(schema, inDatabase.release(await take()));
        if (andFlush) await writer!.flush();
      } catch (error) {
        throw new BulkRebuildFailed(error);
      }
    };
    // The next page is read while the current one is written.
    const read = (after: Position | null) => {
      const page = store.readAll(after, pageSize);
      // If writing the current page fails, this read is never awaited: its rejection must not go unhandled.
      page.catch(() => undefined);
      return page;
    };
    let next = read(null);
    for (let page = await next; page.length > 0; page = await next) {
      next = read(page[page.length - 1].position);
      const upcast = page.map(upcastRecorded);
      const upToHead = inDatabase.see(upcast);
      if (writer) await writeRows(async () => [...folds].flatMap(([name, fold]) => fold.add(inDatabase.has(name) ? upToHead : upcast)));
      const write = (isolated: boolean) =>
        dataSource.transaction(async (tx) => {
          await tx.query(`SET LOCAL search_path TO ${schema}, public`);
          const parkedHere = new Map<string, ParkedEvent[]>();
          const reads = projectionReads(store, tx);
          for (const projection of byStatements) {
            if (!isolated) await projection.apply(tx, upcast, reads);
            else parkedHere.set(projection.name, await applyIsolated(tx, projection, upcast, { attempts: options.attemptsBeforeParking ?? 3, reads }));
          }
          return parkedHere;
        });
      // As live: the page whole, and only when that fails on an event's own account, isolated.
      if (byStatements.length > 0) {
        const parkedHere = await wholeThenIsolated(write);
        for (const [name, found] of parkedHere) parked.get(name)!.push(...found);
      }
      position = page[page.length - 1].position;
      events += page.length;
      options.onProgress?.(events);
    }
    // Every fold's rest at once: the writer copies their tables side by side, while the statements finish.
    if (writer) await writeRows(async () => (await Promise.all([...folds.values()].map((fold) => fold.finish(projectionReads(store, dataSource))))).flat());
    await inDatabase.settled();
    // What was held for the statements' tables.
    if (writer) await writeRows(async () => [], true);
    await writer?.close();
    writer = undefined;
    try {
      await inDatabase.applyPast(dataSource, store, scratch, schema);
    } catch (error) {
      throw new BulkRebuildFailed(error);
    }
    try {
      await scratch.finish(dataSource);
    } catch (error) {
      // A row the fold wrote twice fails a unique index's build: event by event, it is parked.
      if (useBulk) throw new BulkRebuildFailed(error);
      throw error;
    }
    await dataSource.transaction(async (tx) => {
      for (const projection of projections) await lockProjection(tx, projection.name);
      await scratch.swapIntoPublic(tx);
      for (const projection of projections) await writeCheckpoint(tx, projection.name, position);
      await replaceDeadLetters(tx, projections.map((p) => p.name), parked);
    });
    const report = [...parked].flatMap(([projection, found]) => found.map((p) => summary(projection, p)));
    return { projections: projections.map((p) => p.name), events, seconds: (Date.now() - started) / 1000, position, parked: report, method, inDatabase: inDatabase.projections.map((p) => p.name) };
  } finally {
    await inDatabase.settled();
    await writer?.close();
    await ScratchTables.drop(dataSource, schema);
  }
}

function summary(projection: string, { event, error }: ParkedEvent): RebuildParkedEvent {
  const { id: eventId, position, stream, revision, type }: RecordedEvent = event;
  return { projection, eventId, position, stream, revision, type, error: describeError(error) };
}
