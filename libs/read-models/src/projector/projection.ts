import type { EntityManager } from 'typeorm';
import { upcastRecorded } from '#domain';
import type { EventStore, LogInDatabase, Position, RecordedEvent } from '#event-store';
import type { BulkFold } from './bulk.js';

/**
 * A read model fed from the event log. `apply` runs inside the transaction that also moves the
 * projection's checkpoint, so an event is applied exactly once or not at all.
 */
export interface Projection {
  name: string;
  /** The tables it owns: emptied by a rebuild. */
  tables: string[];
  apply(tx: EntityManager, events: RecordedEvent[], reads?: ProjectionReads): Promise<void>;
  /**
   * For read models folded per record: replaces the record's row by folding `history` (its stream's
   * events, in order) from nothing. Retrying a parked event needs it: re-applying that event alone,
   * after later events of the record, would fold them out of order. Without it, a retry re-applies
   * the event alone (right for row-per-event read models).
   */
  refold?(tx: EntityManager, history: RecordedEvent[]): Promise<void>;
  /**
   * A rebuild from zero folds in memory and writes each row once (COPY on a server), when the read model
   * offers it. `inDatabaseUpTo`: `rebuildInDatabase`'s statement wrote its part of the events up to
   * there, which the fold leaves out; the fold is given those events only (the ones after are applied
   * at the end).
   */
  bulk?(inDatabaseUpTo?: Position): BulkFold;
  /**
   * With the log in the read models' database, part of a bulk rebuild as one statement there, beside
   * the fold and with no trip through Node: it writes into `schema`'s tables the rows of the events up
   * to `upTo` it chooses; `bulk(upTo)` folds the others up to `upTo`, and the events after it are
   * applied at the end, as live. Undefined: not this time (the fold does it all).
   */
  rebuildInDatabase?(log: LogInDatabase, schema: string, upTo: Position): { sql: string; values: unknown[] } | undefined;
}

/**
 * What a projection may read besides its tables: a stream's stored events, lifted to this release. A
 * projection given none does without (see as-of-versions-table.ts).
 */
export interface ProjectionReads {
  readStream(stream: string): Promise<RecordedEvent[]>;
}

/** Reads for a projection applying inside `tx`: through that transaction's connection where the store can. */
export function projectionReads(store: Pick<EventStore, 'readStream' | 'readStreamThrough'>, tx: Pick<EntityManager, 'query'>): ProjectionReads {
  const read = store.readStreamThrough ? (stream: string) => store.readStreamThrough!((text, values) => tx.query(text, values), stream) : (stream: string) => store.readStream(stream);
  return { readStream: async (stream) => (await read(stream)).map(upcastRecorded) };
}

export const PROJECTIONS = Symbol('PROJECTIONS');
