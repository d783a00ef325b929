import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { upcastRecorded } from '#domain';
import type { EventStore, Position, RecordedEvent } from '#event-store';
import { lockProjection, writeCheckpoint } from './checkpoints.js';
import type { Projection } from './projection.js';
import { ScratchTables } from './scratch-tables.js';

export interface RebuildReport {
  projections: string[];
  events: number;
  seconds: number;
  position: Position | null;
}

/**
 * Rebuilds projections from position zero into fresh tables in a scratch schema (the projections
 * write to it through `search_path`), then, in one transaction under the projections' locks, moves
 * the new tables in place of the live ones and sets the checkpoints. Readers see the old tables until
 * that commit and the new ones after it: never half a rebuild. A live projector waits on the locks,
 * then continues from the new checkpoints, replaying what it had applied beyond them.
 */
export async function rebuildProjections(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  options: { pageSize?: number; onProgress?: (events: number) => void } = {},
): Promise<RebuildReport> {
  const started = Date.now();
  const pageSize = options.pageSize ?? 2000;
  const schema = `rebuild_${randomBytes(4).toString('hex')}`;
  const scratch = await ScratchTables.create(dataSource, schema, projections.flatMap((p) => p.tables));
  let position: Position | null = null;
  let events = 0;
  const applyPage = async (tx: EntityManager, page: RecordedEvent[]) => {
    await tx.query(`SET LOCAL search_path TO ${schema}, public`);
    const upcast = page.map(upcastRecorded);
    for (const projection of projections) await projection.apply(tx, upcast);
    position = page[page.length - 1].position;
    events += page.length;
    options.onProgress?.(events);
  };
  try {
    // The next page is read while the current one is written.
    let next = store.readAll(null, pageSize);
    for (let page = await next; page.length > 0; page = await next) {
      next = store.readAll(page[page.length - 1].position, pageSize);
      await dataSource.transaction((tx) => applyPage(tx, page));
    }
    await scratch.finish(dataSource);
    await dataSource.transaction(async (tx) => {
      for (const projection of projections) await lockProjection(tx, projection.name);
      await scratch.swapIntoPublic(tx);
      for (const projection of projections) await writeCheckpoint(tx, projection.name, position);
    });
    return { projections: projections.map((p) => p.name), events, seconds: (Date.now() - started) / 1000, position };
  } finally {
    await scratch.drop(dataSource);
  }
}
