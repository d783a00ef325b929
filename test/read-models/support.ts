import type { DataSource } from 'typeorm';
import { ALL_PROJECTIONS } from '#read-models';

/** Every read-model table as sorted JSON rows; `ordinal` (an insertion counter) is left out. */
export async function snapshotReadModels(db: Pick<DataSource, 'query'>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ALL_PROJECTIONS.flatMap((p) => p.tables)) {
    const rows: { row: unknown }[] = await db.query(`SELECT to_jsonb(t) - 'ordinal' AS row FROM ${table} t ORDER BY (to_jsonb(t) - 'ordinal')::text`);
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

/** A small deterministic pseudo-random generator, so a "random" run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
