import type { EntityManager } from 'typeorm';
import { comparePositions, type Position, type RecordedEvent } from '#event-store';
import { sqlState } from './poison.js';

type Db = Pick<EntityManager, 'query'>;

/** An event a projection could not take, parked so that the log goes on without it. */
export interface DeadLetter {
  projection: string;
  eventId: string;
  position: Position;
  stream: string;
  revision: number;
  type: string;
  error: string;
  /** SQLSTATE or error class, when there is one. */
  errorCode: string | null;
  attempts: number;
  parkedAt: string;
  lastFailedAt: string;
}

/** What a projection gave up on: the event, why, and after how many tries. */
export interface ParkedEvent {
  event: RecordedEvent;
  error: unknown;
  attempts: number;
}

const COLUMNS = `projection, event_id AS "eventId", position, stream, revision::int AS revision, type, error, error_code AS "errorCode", attempts,
  to_char(parked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "parkedAt",
  to_char(last_failed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastFailedAt"`;

/** Parks events for one projection; an event parked again (after a rewind) adds its attempts. */
export async function parkEvents(tx: Db, projection: string, parked: readonly ParkedEvent[]): Promise<void> {
  if (parked.length === 0) return;
  const rows = parked.map(({ event, error, attempts }) => ({
    projection,
    event_id: event.id,
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    error: describeError(error),
    error_code: errorCode(error),
    attempts,
  }));
  await tx.query(
    `INSERT INTO projection_dead_letters (projection, event_id, position, stream, revision, type, error, error_code, attempts)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(projection text, event_id text, position text, stream text, revision bigint,
       type text, error text, error_code text, attempts int)
     ON CONFLICT (projection, event_id) DO UPDATE SET error = EXCLUDED.error, error_code = EXCLUDED.error_code,
       attempts = projection_dead_letters.attempts + EXCLUDED.attempts, last_failed_at = now()`,
    [JSON.stringify(rows)],
  );
}

/** The parked events, in log order; optionally of some projections or one event. */
export async function listDeadLetters(db: Db, filter: { projections?: readonly string[]; eventId?: string } = {}): Promise<DeadLetter[]> {
  const rows: DeadLetter[] = await db.query(
    `SELECT ${COLUMNS} FROM projection_dead_letters
      WHERE ($1::text[] IS NULL OR projection = ANY($1::text[])) AND ($2::text IS NULL OR event_id = $2)`,
    [filter.projections ? [...filter.projections] : null, filter.eventId ?? null],
  );
  return rows.sort((a, b) => comparePositions(a.position, b.position) || a.projection.localeCompare(b.projection));
}

/** How many events each projection has parked (projections with none are absent). */
export async function countDeadLetters(db: Db): Promise<Map<string, number>> {
  const rows: { projection: string; count: number }[] = await db.query('SELECT projection, count(*)::int AS count FROM projection_dead_letters GROUP BY projection');
  return new Map(rows.map((r) => [r.projection, r.count]));
}

/** A rebuild's verdict replaces what the projections it rebuilt had parked before. */
export async function replaceDeadLetters(tx: Db, projections: readonly string[], parked: ReadonlyMap<string, readonly ParkedEvent[]>): Promise<void> {
  await tx.query('DELETE FROM projection_dead_letters WHERE projection = ANY($1::text[])', [[...projections]]);
  for (const [projection, events] of parked) await parkEvents(tx, projection, events);
}

/** Removes dead letters that now went through; returns them. */
export async function removeDeadLetters(tx: Db, projection: string, where: { eventId: string } | { stream: string }): Promise<DeadLetter[]> {
  const [column, value] = 'eventId' in where ? ['event_id', where.eventId] : ['stream', where.stream];
  const [rows]: [DeadLetter[], number] = await tx.query(`DELETE FROM projection_dead_letters WHERE projection = $1 AND ${column} = $2 RETURNING ${COLUMNS}`, [projection, value]);
  return rows;
}

/** A retry that failed again: one more attempt, the latest error. */
export async function recordFailedRetry(db: Db, letter: Pick<DeadLetter, 'projection' | 'eventId'>, error: unknown): Promise<void> {
  await db.query(
    `UPDATE projection_dead_letters SET attempts = attempts + 1, error = $3, error_code = $4, last_failed_at = now()
      WHERE projection = $1 AND event_id = $2`,
    [letter.projection, letter.eventId, describeError(error), errorCode(error)],
  );
}

/** One line, storable as text whatever the error carried (no NUL, no lone surrogate), of bounded length. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\u0000/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .slice(0, 2000);
}

function errorCode(error: unknown): string | null {
  return sqlState(error) ?? (error instanceof Error ? error.name : null);
}
