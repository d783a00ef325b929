import { EventFromNewerSchemaError, upcastRecorded } from '#domain';
import type { RecordedEvent } from '#event-store';
import { isPoison } from './poison.js';

export interface ReadBatch {
  /** The batch lifted to the current schema, up to (not including) the first event of a newer release. */
  events: RecordedEvent[];
  /** Events an upcast step failed on, by id: kept in `events` as stored, to be parked by every projection. */
  refused: Map<string, unknown>;
  /** The first event of a newer release, where the batch stops: never parked, waited for until an upgrade. */
  newer?: EventFromNewerSchemaError;
}

/** Upcasts each event on its own, so one that a step cannot lift is set apart instead of failing the batch. */
export function readBatch(stored: readonly RecordedEvent[]): ReadBatch {
  const events: RecordedEvent[] = [];
  const refused = new Map<string, unknown>();
  for (const event of stored) {
    try {
      events.push(upcastRecorded(event));
    } catch (error) {
      if (error instanceof EventFromNewerSchemaError) return { events, refused, newer: error };
      if (!isPoison(error)) throw error;
      refused.set(event.id, error);
      events.push(event);
    }
  }
  return { events, refused };
}
