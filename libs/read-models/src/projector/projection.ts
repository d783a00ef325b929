import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '#event-store';

/**
 * A read model fed from the event log. `apply` runs inside the transaction that also moves the
 * projection's checkpoint, so an event is applied exactly once or not at all.
 */
export interface Projection {
  name: string;
  /** The tables it owns: emptied by a rebuild. */
  tables: string[];
  apply(tx: EntityManager, events: RecordedEvent[]): Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
