import type { EntityManager } from 'typeorm';
import type { Position } from '#event-store';

export async function readCheckpoint(db: Pick<EntityManager, 'query'>, name: string): Promise<Position | null> {
  const rows: { position: string | null }[] = await db.query('SELECT position FROM projection_checkpoints WHERE name = $1', [name]);
  return rows[0]?.position ?? null;
}

/**
 * A projection's checkpoint and when its rows last changed: equal marks mean equal rows (a dead letter
 * applied late changes rows without moving the checkpoint, only the time: touchCheckpoint).
 */
export async function readCheckpointMark(db: Pick<EntityManager, 'query'>, name: string): Promise<{ position: Position | null; mark: string }> {
  const rows: { position: string | null; changed: string }[] = await db.query('SELECT position, updated_at::text AS changed FROM projection_checkpoints WHERE name = $1', [name]);
  return { position: rows[0]?.position ?? null, mark: rows.length === 0 ? '' : `${rows[0].position ?? ''}@${rows[0].changed}` };
}

export async function writeCheckpoint(tx: EntityManager, name: string, position: Position | null): Promise<void> {
  await tx.query(
    `INSERT INTO projection_checkpoints (name, position, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at`,
    [name, position],
  );
}

/** Serialises every writer of one projection (live batches, a rebuild, a second projector process). */
export async function lockProjection(tx: EntityManager, name: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('projection:' || $1))", [name]);
}

/**
 * The same locks for several projections in one statement, taken in the order given (every writer that
 * takes more than one takes them in ALL_PROJECTIONS order, so none waits on another in a cycle).
 */
export async function lockProjections(tx: EntityManager, names: readonly string[]): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('projection:' || name)) FROM unnest($1::text[]) WITH ORDINALITY AS t(name, n) ORDER BY n", [names]);
}

/** The checkpoints of several projections in one read; a projection never advanced is absent. */
export async function readCheckpoints(db: Pick<EntityManager, 'query'>, names: readonly string[]): Promise<Map<string, Position | null>> {
  const rows: { name: string; position: string | null }[] = await db.query('SELECT name, position FROM projection_checkpoints WHERE name = ANY($1::text[])', [names]);
  return new Map(rows.map((r) => [r.name, r.position]));
}

/** Moves several projections' checkpoints to one position in one statement. */
export async function writeCheckpoints(tx: EntityManager, names: readonly string[], position: Position | null): Promise<void> {
  if (names.length === 0) return;
  await tx.query(
    `INSERT INTO projection_checkpoints (name, position, updated_at) SELECT name, $2, now() FROM unnest($1::text[]) AS t(name)
     ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at`,
    [names, position],
  );
}

export async function allCheckpoints(db: Pick<EntityManager, 'query'>): Promise<Map<string, Position | null>> {
  const rows: { name: string; position: string | null }[] = await db.query('SELECT name, position FROM projection_checkpoints');
  return new Map(rows.map((r) => [r.name, r.position]));
}

/**
 * What the read models hold, as one string: every projection's checkpoint and when its rows last
 * changed. Equal strings mean equal read models, so an answer computed from them may be kept under it.
 */
export async function readModelsVersion(db: Pick<EntityManager, 'query'>): Promise<string> {
  const rows: { version: string | null }[] = await db.query(
    "SELECT string_agg(name || '@' || coalesce(position::text, '') || '@' || updated_at::text, ',' ORDER BY name) AS version FROM projection_checkpoints",
  );
  return rows[0]?.version ?? '';
}

/** Marks a projection's rows changed without its checkpoint moving (a dead letter applied late). */
export async function touchCheckpoint(tx: EntityManager, name: string): Promise<void> {
  await tx.query('UPDATE projection_checkpoints SET updated_at = clock_timestamp() WHERE name = $1', [name]);
}
