import type { DataSource, EntityManager } from 'typeorm';
import { upcastRecorded } from '#domain';
import { comparePositions, type EventStore, type RecordedEvent } from '#event-store';
import { lockProjection, readCheckpoint, touchCheckpoint } from './checkpoints.js';
import { describeError, listDeadLetters, recordFailedRetry, removeDeadLetters, type DeadLetter } from './dead-letters.js';
import { isPoison } from './poison.js';
import type { Projection } from './projection.js';

export interface RetryOutcome {
  deadLetter: DeadLetter;
  ok: boolean;
  /** Why it failed again. */
  error?: string;
  /** The dead letters this retry cleared: the one retried, and with a refold every other of its record. */
  resolved: DeadLetter[];
}

/**
 * Applies parked events again, in log order, each in a transaction under its projection's lock; one
 * that goes through is removed from the dead letters. The event is read again from the store (a newer
 * release may now lift or project it). For read models folded per record (`refold`), the record is
 * folded again from its whole stream up to the projection's checkpoint — later events of the record
 * were applied without the parked one, so applying it now on top would fold it out of order — and
 * the record's other dead letters in that projection go with it. Read models of one row per event
 * take the event alone. A failure on the event's own account is counted on the dead letter; any
 * other (the database down) is thrown.
 */
export async function retryDeadLetters(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  filter: { projections?: readonly string[]; eventId?: string } = {},
): Promise<RetryOutcome[]> {
  const outcomes: RetryOutcome[] = [];
  const cleared = new Set<string>();
  for (const letter of await listDeadLetters(dataSource.manager, filter)) {
    const key = (l: DeadLetter) => `${l.projection}\u0000${l.eventId}`;
    if (cleared.has(key(letter))) continue;
    const projection = projections.find((p) => p.name === letter.projection);
    try {
      if (!projection) throw new UnknownProjectionError(letter.projection);
      // Read before the transaction: with a pool of one connection (the embedded database) the store waits for it.
      const stream = await store.readStream(letter.stream);
      const resolved = await dataSource.transaction((tx) => retryOne(tx, stream, projection, letter));
      for (const r of resolved) cleared.add(key(r));
      outcomes.push({ deadLetter: letter, ok: true, resolved });
    } catch (error) {
      if (!isPoison(error) && !(error instanceof UnknownProjectionError) && !(error instanceof EventGoneError)) throw error;
      await recordFailedRetry(dataSource.manager, letter, error);
      outcomes.push({ deadLetter: letter, ok: false, error: describeError(error), resolved: [] });
    }
  }
  return outcomes;
}

async function retryOne(tx: EntityManager, stream: readonly RecordedEvent[], projection: Projection, letter: DeadLetter): Promise<DeadLetter[]> {
  await lockProjection(tx, projection.name);
  // Re-read under the lock: a rebuild or another retry may have settled it meanwhile.
  if ((await listDeadLetters(tx, { projections: [projection.name], eventId: letter.eventId })).length === 0) return [];
  const checkpoint = await readCheckpoint(tx, projection.name);
  const history = stream.filter((e) => comparePositions(e.position, checkpoint) <= 0);
  const event = history.find((e) => e.id === letter.eventId);
  if (!event) throw new EventGoneError(letter);
  await touchCheckpoint(tx, projection.name);
  if (projection.refold) {
    await projection.refold(tx, history.map(upcastRecorded));
    return removeDeadLetters(tx, projection.name, { stream: letter.stream });
  }
  await projection.apply(tx, [upcastRecorded(event)]);
  return removeDeadLetters(tx, projection.name, { eventId: letter.eventId });
}

class UnknownProjectionError extends Error {
  constructor(name: string) {
    super(`no projection named ${name} in this release`);
  }
}

class EventGoneError extends Error {
  constructor(letter: DeadLetter) {
    super(`event ${letter.eventId} (${letter.stream}@${letter.revision}) is not in this event store (read models built from another store must be rebuilt)`);
  }
}
