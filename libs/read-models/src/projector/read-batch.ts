import { EventFromNewerSchemaError, upcastRecorded } from '#domain';
import type { RecordedEvent } from '#event-store';

export interface ReadBatch {
  /** The batch lifted to the current schema, up to (not including) the first event of a newer release. */
  events: RecordedEvent[];
  /** The first event of a newer release, where the batch stops: never parked, waited for until an upgrade. */
  newer?: EventFromNewerSchemaError;
}

/** Upcasts a batch as far as this release can read it. */
export function readBatch(stored: readonly RecordedEvent[]): ReadBatch {
  const events: RecordedEvent[] = [];
  for (const event of stored) {
    try {
      events.push(upcastRecorded(event));
    } catch (error) {
      if (error instanceof EventFromNewerSchemaError) return { events, newer: error };
      throw error;
    }
  }
  return { events };
}
