/**
 * The event store port. Adapters: Postgres (default), EventStoreDB (production), in-memory (tests).
 * Revisions are 0-based per stream. A `Position` is opaque to callers, ordered, and string-serialisable;
 * compare two with `comparePositions`. `null` means "before the first event".
 */
export type Position = string;

export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface EventToAppend {
  /** UUID; appending an id already stored in the stream at that place is a no-op (idempotency). */
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  /**
   * The recorded time (ISO 8601), for a store that keeps a recorded-time column of its own (Postgres):
   * it stores this instead of its clock, so the writer can hash the time the store will hold.
   */
  recordedAt?: string;
}

/** A statement run on a connection the caller holds; answers its rows. */
export type SqlQuery = (text: string, values: unknown[]) => Promise<unknown[]>;

/** See EventStore.logInDatabase. */
export interface LogInDatabase {
  /**
   * The newest event readAll would give now, every earlier one settled (null: none): a statement
   * reading up to it sees exactly what readAll gives up to it.
   */
  head(query: SqlQuery): Promise<Position | null>;
  /**
   * A subquery for a FROM clause: the events up to `upTo` (inclusive), as stored (not upcast), with
   * columns `position` (text, as readAll gives it), `log_index` (bigint: the event's place in the
   * log, from 1, as readAll gives them), `event_id`, `stream`, `revision`, `type`, `data` and
   * `metadata` (jsonb). `upTo` travels in the values returned, numbered from `$first`.
   */
  eventsUpTo(upTo: Position, first: number): { sql: string; values: unknown[] };
}

export interface RecordedEvent {
  id: string;
  stream: string;
  revision: number;
  position: Position;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

/** An event with what the store keeps beyond its values, for the audit trail's checks. */
export interface StoredEvent extends RecordedEvent {
  /** The store's own recorded time, ISO 8601 UTC to the microsecond (where it keeps one: Postgres). */
  recordedAt?: string;
  /** Data and metadata as the stored JSON text, numbers exactly as stored (where the store can give it: Postgres). */
  storedJson?: { data: string; metadata: string };
}

export interface AppendResult {
  /** Revision of the stream's last event written (or matched, for an idempotent re-append). */
  revision: number;
  /** Global position of that last event. */
  position: Position;
}

/**
 * Called with events in increasing position order; `checkpoint` is a safe resume point after them.
 * `events` may be empty: a checkpoint alone (EventStoreDB's filter checkpoints) moves past other streams' events.
 */
export type SubscriptionHandler = (events: RecordedEvent[], checkpoint: Position) => Promise<void>;

export interface SubscribeOptions {
  /** Upper bound on events per handler call while catching up. */
  maxBatch?: number;
  /** Under sustained appends, the least time between the starts of two live batches (see BatchPacer); 0 or unset: none. */
  minBatchIntervalMs?: number;
  /** Told about every failure the subscription recovers from (store down, handler threw). */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves once no handler call is in flight and none will start. */
  stop(): Promise<void>;
}

/** Another stream a command read to decide, at the revision it read (-1: no events). */
export interface StreamRead {
  stream: string;
  revision: number;
}

export interface EventStore {
  append(stream: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult>;
  /**
   * append, in the same write only if every stream in `unchanged` is still at the revision given;
   * otherwise nothing is written and StreamMovedError names the first that moved. Optional: EventStoreDB
   * appends to one stream at a time and leaves it out (a command there reads the other streams first).
   */
  appendIfUnchanged?(stream: string, events: EventToAppend[], expected: ExpectedRevision, unchanged: readonly StreamRead[]): Promise<AppendResult>;
  /** Events of one stream from `fromRevision` (inclusive); a stream that does not exist is empty. */
  readStream(stream: string, fromRevision?: number): Promise<RecordedEvent[]>;
  /**
   * readStream of several whole streams in one read, by stream; a stream that does not exist is absent.
   * Optional: EventStoreDB reads one stream per call and leaves it out (callers then read streams one by
   * one, a few at a time). A dashboard as of a date folds hundreds of records.
   */
  readStreams?(streams: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** Up to `limit` events strictly after `after`, in position order. */
  readAll(after: Position | null, limit: number): Promise<RecordedEvent[]>;
  /**
   * readAll with what the store keeps beyond the values (StoredEvent). Optional: a store that keeps
   * nothing more (EventStoreDB gives parsed JSON and sets its own time; in-memory) leaves it out.
   */
  readAllStored?(after: Position | null, limit: number): Promise<StoredEvent[]>;
  /**
   * readStream through the caller's own connection to the database the store keeps its events in (a
   * projector's transaction): the embedded database has one connection, which that transaction holds.
   * Optional: only a store in the read models' database (Postgres) offers it.
   */
  readStreamThrough?(query: SqlQuery, stream: string): Promise<RecordedEvent[]>;
  /**
   * The log as a table of the read models' database, for a statement that reads it there instead of
   * through Node (a rebuild writing the audit log). Optional: only a store in that database (Postgres).
   */
  readonly logInDatabase?: LogInDatabase;
  /**
   * Catch-up then live subscription to every product event strictly after `after`. On a failure it
   * backs off and resumes from the last checkpoint the handler completed, so nothing is skipped.
   */
  subscribeAll(after: Position | null, handler: SubscriptionHandler, options?: SubscribeOptions): Subscription;
  /** Position of the newest event, or null when the store is empty (for lag figures). */
  headPosition(): Promise<Position | null>;
  /** Throws when the backing store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
