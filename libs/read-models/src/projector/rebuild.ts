import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { upcastRecorded } from '#domain';
import type { EventStore, Position, RecordedEvent } from '#event-store';
import { lockProjection, writeCheckpoint } from './checkpoints.js';
import type { Projection } from './projection.js';

export interface RebuildReport {
  projections: string[];
  events: number;
  seconds: number;
  position: Position | null;
}

/**
 * Rebuilds projections from position zero into fresh tables in a scratch schema (the projections
 * write to it through `search_path`), then swaps the rows in, with the checkpoint, in one
 * transaction under the projections' locks. Readers see the old rows until that commit and the new
 * ones after it: never half a rebuild. A live projector simply continues from the new checkpoint.
 */
export async function rebuildProjections(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  options: { pageSize?: number; onProgress?: (events: number) => void } = {},
): Promise<RebuildReport> {
  const started = Date.now();
  const scratch = `rebuild_${randomBytes(4).toString('hex')}`;
  const tables = projections.flatMap((p) => p.tables);
  await dataSource.query(`CREATE SCHEMA ${scratch}`);
  try {
    for (const table of tables) await dataSource.query(`CREATE TABLE ${scratch}.${table} (LIKE public.${table} INCLUDING ALL)`);
    let position: Position | null = null;
    let events = 0;
    for (;;) {
      const page: RecordedEvent[] = (await store.readAll(position, options.pageSize ?? 2000)).map(upcastRecorded);
      if (page.length === 0) break;
      await dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL search_path TO ${scratch}, public`);
        for (const projection of projections) await projection.apply(tx, page);
      });
      position = page[page.length - 1].position;
      events += page.length;
      options.onProgress?.(events);
    }
    await dataSource.transaction(async (tx) => {
      for (const projection of projections) await lockProjection(tx, projection.name);
      for (const table of tables) {
        await tx.query(`DELETE FROM public.${table}`);
        await tx.query(`INSERT INTO public.${table} OVERRIDING SYSTEM VALUE SELECT * FROM ${scratch}.${table}`);
      }
      for (const projection of projections) await writeCheckpoint(tx, projection.name, position);
    });
    return { projections: projections.map((p) => p.name), events, seconds: (Date.now() - started) / 1000, position };
  } finally {
    await dataSource.query(`DROP SCHEMA ${scratch} CASCADE`);
  }
}
