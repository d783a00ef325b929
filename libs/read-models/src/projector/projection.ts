import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '#event-store';
import type { BulkFold } from './bulk.js';

/**
 * A read model fed from the event log. `apply` runs inside the transaction that also moves the
 * projection's checkpoint, so an event is applied exactly once or not at all.
 */
export interface Projection {
  name: string;
  /** The tables it owns: emptied by a rebuild. */
  tables: string[];
  apply(tx: EntityManager, events: RecordedEvent[]): Promise<void>;
  /**
   * For read models folded per record: replaces the record's row by folding `history` (its stream's
   * events, in order) from nothing. Retrying a parked event needs it: re-applying that event alone,
   * after later events of the record, would fold them out of order. Without it, a retry re-applies
   * the event alone (right for row-per-event read models).
   */
  refold?(tx: EntityManager, history: RecordedEvent[]): Promise<void>;
  /** A rebuild from zero folds in memory and writes each row once (COPY on a server), when the read model offers it. */
  bulk?(): BulkFold;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
