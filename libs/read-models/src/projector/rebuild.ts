import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { upcastRecorded } from '#domain';
import type { EventStore, Position } from '#event-store';
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
  let position: Position | null = null;
  let events = 0;
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
      await dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL search_path TO ${schema}, public`);
        for (const projection of projections) await projection.apply(tx, upcast);
      });
      position = page[page.length - 1].position;
      events += page.length;
      options.onProgress?.(events);
    }
    await scratch.finish(dataSource);
    await dataSource.transaction(async (tx) => {
      for (const projection of projections) await lockProjection(tx, projection.name);
      await scratch.swapIntoPublic(tx);
      for (const projection of projections) await writeCheckpoint(tx, projection.name, position);
    });
    return { projections: projections.map((p) => p.name), events, seconds: (Date.now() - started) / 1000, position };
  } finally {
    await ScratchTables.drop(dataSource, schema);
  }
}
