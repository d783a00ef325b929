import type { EntityManager } from 'typeorm';
import type { Position } from '#event-store';

export async function readCheckpoint(db: Pick<EntityManager, 'query'>, name: string): Promise<Position | null> {
  const rows: { position: string | null }[] = await db.query('SELECT position FROM projection_checkpoints WHERE name = $1', [name]);
  return rows[0]?.position ?? null;
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

export async function allCheckpoints(db: Pick<EntityManager, 'query'>): Promise<Map<string, Position | null>> {
  const rows: { name: string; position: string | null }[] = await db.query('SELECT name, position FROM projection_checkpoints');
  return new Map(rows.map((r) => [r.name, r.position]));
}
