import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { upcastRecorded } from '#domain';
import type { EventStore, Position, RecordedEvent } from '#event-store';
import { lockProjection, writeCheckpoint } from './checkpoints.js';
import { describeError, replaceDeadLetters, type DeadLetter, type ParkedEvent } from './dead-letters.js';
import { applyIsolated, wholeThenIsolated } from './isolated-apply.js';
import type { Projection } from './projection.js';
import { ScratchTables } from './scratch-tables.js';

export interface RebuildReport {
  projections: string[];
  events: number;
  seconds: number;
  position: Position | null;
  /** Events a projection could not take: parked (they replace its earlier dead letters), not fatal. */
  parked: RebuildParkedEvent[];
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
export async function rebuildProjections(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  options: { pageSize?: number; onProgress?: (events: number) => void; attemptsBeforeParking?: number } = {},
): Promise<RebuildReport> {
  const started = Date.now();
  const pageSize = options.pageSize ?? 2000;
  const schema = `rebuild_${randomBytes(4).toString('hex')}`;
  let position: Position | null = null;
  let events = 0;
  const parked = new Map<string, ParkedEvent[]>(projections.map((p) => [p.name, []]));
  try {
    const scratch = await ScratchTables.create(dataSource, schema, projections.flatMap((p) => p.tables));
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
      const write = (isolated: boolean) =>
        dataSource.transaction(async (tx) => {
          await tx.query(`SET LOCAL search_path TO ${schema}, public`);
          const parkedHere = new Map<string, ParkedEvent[]>();
          for (const projection of projections) {
            if (!isolated) await projection.apply(tx, upcast);
            else parkedHere.set(projection.name, await applyIsolated(tx, projection, upcast, { attempts: options.attemptsBeforeParking ?? 3 }));
          }
          return parkedHere;
        });
      // As live: the page whole, and only when that fails on an event's own account, isolated.
      const parkedHere = await wholeThenIsolated(write);
      for (const [name, found] of parkedHere) parked.get(name)!.push(...found);
      position = page[page.length - 1].position;
      events += page.length;
      options.onProgress?.(events);
    }
    await scratch.finish(dataSource);
    await dataSource.transaction(async (tx) => {
      for (const projection of projections) await lockProjection(tx, projection.name);
      await scratch.swapIntoPublic(tx);
      for (const projection of projections) await writeCheckpoint(tx, projection.name, position);
      await replaceDeadLetters(tx, projections.map((p) => p.name), parked);
    });
    const report = [...parked].flatMap(([projection, found]) => found.map((p) => summary(projection, p)));
    return { projections: projections.map((p) => p.name), events, seconds: (Date.now() - started) / 1000, position, parked: report };
  } finally {
    await ScratchTables.drop(dataSource, schema);
  }
}

function summary(projection: string, { event, error }: ParkedEvent): RebuildParkedEvent {
  const { id: eventId, position, stream, revision, type }: RecordedEvent = event;
  return { projection, eventId, position, stream, revision, type, error: describeError(error) };
}
