import type { DataSource, MigrationInterface } from 'typeorm';
import { createDataSource } from '#platform';
import { ALL_PROJECTIONS, CLOCK_COLUMNS, type ListInRowsSpec } from '#read-models';

/**
 * Takes `migration` back on the database at `url`, as the release before it left the schema, and forgets
 * that it ran, so that the service's next start runs it again; `then` runs on the same connection after.
 */
export async function undoMigration(url: string, migration: MigrationInterface & { name: string }, then?: (db: DataSource) => Promise<void>): Promise<void> {
  const ds = createDataSource({ url, poolSize: 1 });
  await ds.initialize();
  try {
    const runner = ds.createQueryRunner();
    await migration.down(runner);
    await runner.release();
    await ds.query('DELETE FROM migrations WHERE name = $1', [migration.name]);
    await then?.(ds);
  } finally {
    await ds.destroy();
  }
}

/** Every read-model table as sorted JSON rows; `ordinal` (an insertion counter) is left out. */
export async function snapshotReadModels(db: Pick<DataSource, 'query'>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ALL_PROJECTIONS.flatMap((p) => p.tables)) {
    // A list's rows by their rank in the list: live positions are revisions, a rebuild's are indexes.
    const list = LISTS.find((l) => l.table === table);
    const row = list ? `to_jsonb(t) || jsonb_build_object('position', rank() OVER (PARTITION BY ${list.parent} ORDER BY position))` : "to_jsonb(t) - 'ordinal'";
    const rows: { row: unknown }[] = await db.query(`SELECT * FROM (SELECT ${row} AS row FROM ${table} t) r ORDER BY row::text`);
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

const LISTS = ALL_PROJECTIONS.flatMap((p) => ('spec' in p && (p.spec as { list?: ListInRowsSpec<unknown> }).list ? [(p.spec as { list: ListInRowsSpec<unknown> }).list] : []));

/** A small deterministic pseudo-random generator, so a "random" run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The tables folded per record (document projections), which keep clocks. */
const FOLDED_TABLES = ALL_PROJECTIONS.flatMap((p) => ('spec' in p ? [(p.spec as { table: string }).table] : []));
const CLOCKS = CLOCK_COLUMNS.map((c) => c.name);

/**
 * Runs `read` with every row's clocks removed, as rows folded before they were kept (time travel then
 * folds every record from its events), and puts them back afterwards.
 */
export async function withoutClocks<T>(db: Pick<DataSource, 'query'>, read: () => Promise<T>): Promise<T> {
  const saved = new Map<string, unknown[]>();
  for (const table of FOLDED_TABLES) {
    saved.set(table, await db.query(`SELECT id, ${CLOCKS.join(', ')} FROM ${table}`));
    await db.query(`UPDATE ${table} SET ${CLOCKS.map((c) => `${c} = NULL`).join(', ')}`);
  }
  try {
    return await read();
  } finally {
    for (const [table, rows] of saved) {
      await db.query(
        `UPDATE ${table} t SET ${CLOCKS.map((c) => `${c} = s.${c}`).join(', ')}
         FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, ${CLOCK_COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ')}) WHERE t.id = s.id`,
        [JSON.stringify(rows)],
      );
    }
  }
}
