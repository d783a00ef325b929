import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '#event-store';
import type { ParkedEvent } from './dead-letters.js';
import { isPoison } from './poison.js';
import type { Projection, ProjectionReads } from './projection.js';

export interface IsolationOptions {
  /** Tries per event before it is parked. */
  attempts: number;
  reads?: ProjectionReads;
}

/**
 * Applies a batch to one projection inside the caller's transaction so that an event it cannot take
 * is set aside instead of failing the batch: the whole batch first, and if that fails on an event's
 * own account (see `isPoison`), each event on its own. Every try runs in a savepoint, so a failed one
 * leaves nothing behind; the rollback to it is also a round trip to the database, so a failure during
 * an outage surfaces as a connection error and is thrown, never parked. Events are applied in log
 * order; the ones given up on are returned, for the caller to park with the checkpoint.
 */
export async function applyIsolated(tx: EntityManager, projection: Projection, events: readonly RecordedEvent[], options: IsolationOptions): Promise<ParkedEvent[]> {
  const parked: ParkedEvent[] = [];
  if ((await attempt(tx, () => projection.apply(tx, [...events], options.reads))).ok) return parked;
  for (const event of events) {
    for (let tries = 1; ; tries++) {
      const outcome = await attempt(tx, () => projection.apply(tx, [event], options.reads));
      if (outcome.ok) break;
      if (tries >= options.attempts) {
        parked.push({ event, error: outcome.error, attempts: tries });
        break;
      }
    }
  }
  return parked;
}

/**
 * Runs a batch's transaction whole and, only when that fails on an event's own account, once more with
 * the projections isolated (`applyIsolated`); any other failure is the caller's to retry.
 */
export async function wholeThenIsolated<T>(run: (isolated: boolean) => Promise<T>): Promise<T> {
  try {
    return await run(false);
  } catch (error) {
    if (!isPoison(error)) throw error;
    return run(true);
  }
}

async function attempt(tx: EntityManager, work: () => Promise<void>): Promise<{ ok: true } | { ok: false; error: unknown }> {
  await tx.query('SAVEPOINT projection_attempt');
  try {
    await work();
  } catch (error) {
    if (!isPoison(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT projection_attempt');
    return { ok: false, error };
  }
  await tx.query('RELEASE SAVEPOINT projection_attempt');
  return { ok: true };
}
