import type { ExpectedRevision } from './event-store.port.js';

/** The stream is not at the revision the writer expected. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${stream} is at ${String(actual)}, expected ${String(expected)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** A stream a conditional append named as unchanged had moved on (appendIfUnchanged): nothing was written. */
export class StreamMovedError extends Error {
  constructor(
    readonly stream: string,
    readonly read: number,
    readonly actual: number,
  ) {
    super(`stream ${stream} is at ${actual}, read at ${read}`);
    this.name = 'StreamMovedError';
  }
}

/** The backing store cannot be reached; callers answer 503 and retry later. */
export class EventStoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

/**
 * The store refuses an append this large (EventStoreDB's MaxAppendSize, 1 MiB by default, counted over
 * the events' data and metadata bytes). Not transient: the same append fails again; the API answers 413.
 */
export class AppendTooLargeError extends Error {
  constructor(
    readonly stream: string,
    readonly maxAppendSize: number,
  ) {
    super(`the events appended to ${stream} are over the event store's maximum append size of ${maxAppendSize} bytes`);
    this.name = 'AppendTooLargeError';
  }
}

/**
 * A position this store never issued: typically a projection checkpoint kept from the other event
 * store after a switch. Read models built from another log must be rebuilt, not resumed.
 */
export class ForeignPositionError extends Error {
  constructor(
    readonly position: string,
    store: string,
  ) {
    super(`position "${position}" was not issued by the ${store} event store: read models built from another event store must be rebuilt (npm run cli -- projections rebuild)`);
    this.name = 'ForeignPositionError';
  }
}
