import { LRUCache } from 'lru-cache';
import { upcastRecorded, type Decider, type DomainEvent } from '#domain';
import type { EventStore, EventToAppend, Position, RecordedEvent } from '#event-store';
import type { IdempotencyClaim } from './idempotency.js';

/** A stream folded up to `revision`: what a command needs of it without reading it again from the start. */
export interface FoldedStream<State> {
  state: State;
  /** -1 for a stream with no events. */
  revision: number;
  last: RecordedEvent | undefined;
  /**
   * The revision of the last event each command id appended: a retried command is answered from that
   * event. A number, not the event's position too: one entry per command ever run on the stream is kept.
   */
  byCommand: ReadonlyMap<string, number>;
  /** The requests each Idempotency-Key was used for on this stream. */
  claims: ReadonlyMap<string, ReadonlySet<string>>;
}

/** How many events the cache holds folded unless told otherwise, summed over its streams. */
const MAX_CACHED_EVENTS = 500_000;

/**
 * Folded aggregate state kept between commands, keyed by stream. Every use reads the stream's events
 * after the cached revision first (usually none: one indexed read of nothing), so a command is never
 * decided on state older than the store's head as it was read; the append's expected revision then
 * catches any writer in between, as before. Streams only grow, so an entry is never wrong, only behind.
 */
export class FoldedStreams {
  private readonly cache: LRUCache<string, FoldedStream<unknown>>;

  /** `maxEvents`: how many events it may hold folded, summed over its streams (the bound on its memory). */
  constructor(
    private readonly events: EventStore,
    maxEvents = MAX_CACHED_EVENTS,
  ) {
    this.cache = new LRUCache({ maxSize: maxEvents, sizeCalculation: (entry) => Math.max(1, entry.revision + 1) });
  }

  /** Events held folded now, summed over the streams kept. */
  get eventsHeld(): number {
    return this.cache.calculatedSize;
  }

  async read<S, C, E extends DomainEvent>(stream: string, decider: Decider<S, C, E>): Promise<FoldedStream<S>> {
    const cached = this.cache.get(stream) as FoldedStream<S> | undefined;
    const newer = await this.events.readStream(stream, cached ? cached.revision + 1 : 0);
    if (newer.length === 0) return cached ?? emptyFold(decider);
    // Both only ever gain facts of the stream, so they are shared with the entry they extend, not copied.
    const byCommand = (cached?.byCommand ?? new Map()) as Map<string, number>;
    const claims = (cached?.claims ?? new Map()) as Map<string, Set<string>>;
    let state = cached ? cached.state : decider.initialState();
    for (const recorded of newer) {
      const { type, data } = upcastRecorded(recorded);
      state = decider.evolve(state, { type, data } as E);
      if (typeof recorded.metadata.commandId === 'string') byCommand.set(recorded.metadata.commandId, recorded.revision);
      const claim = recorded.metadata.idempotency as Partial<IdempotencyClaim> | undefined;
      if (claim?.key && claim.request) claims.set(claim.key, (claims.get(claim.key) ?? new Set()).add(claim.request));
    }
    const folded: FoldedStream<S> = { state, revision: newer[newer.length - 1].revision, last: newer[newer.length - 1], byCommand, claims };
    this.cache.set(stream, folded);
    return folded;
  }

  /**
   * For a caller that has just read the stream's head revision (-1: no events) in a query of its own:
   * the kept fold at that head answers without a read; anything else is read as usual.
   */
  async readAtHead<S, C, E extends DomainEvent>(stream: string, decider: Decider<S, C, E>, head: number): Promise<FoldedStream<S>> {
    const cached = this.cache.get(stream) as FoldedStream<S> | undefined;
    if (cached?.revision === head) return cached;
    if (head < 0 && cached === undefined) return emptyFold(decider);
    return this.read(stream, decider);
  }

  /**
   * After this process appended `events` on top of `from`: the fold moves on without a read, so the
   * next command on the stream is decided on it at once. Left alone when the entry moved meanwhile.
   */
  appended<S, C, E extends DomainEvent>(stream: string, decider: Decider<S, C, E>, from: FoldedStream<S>, events: readonly EventToAppend[], decided: readonly E[], at: { revision: number; position: Position }): void {
    const current = this.cache.get(stream);
    if (current !== undefined && current !== from) return;
    const byCommand = from.byCommand as Map<string, number>;
    const claims = from.claims as Map<string, Set<string>>;
    const first = at.revision - events.length + 1;
    // Only the last event's position is known; it is the one a command's result answers with.
    const last: RecordedEvent = { ...events[events.length - 1], stream, revision: at.revision, position: at.position };
    for (const event of events) {
      if (typeof event.metadata.commandId === 'string') byCommand.set(event.metadata.commandId, at.revision);
      const claim = event.metadata.idempotency as Partial<IdempotencyClaim> | undefined;
      if (claim?.key && claim.request) claims.set(claim.key, (claims.get(claim.key) ?? new Set()).add(claim.request));
    }
    const state = decided.reduce((folded, event) => decider.evolve(folded, event), from.state);
    this.cache.set(stream, { state, revision: first + events.length - 1, last, byCommand, claims });
  }

  /** The kept fold of a stream with events, without a read: possibly behind the store's head. */
  peek<S>(stream: string): FoldedStream<S> | undefined {
    return this.cache.get(stream) as FoldedStream<S> | undefined;
  }

  /** Whether the stream is known to have events, without a read. */
  knownToExist(stream: string): boolean {
    return (this.cache.get(stream)?.revision ?? -1) >= 0;
  }
}

function emptyFold<S, C, E extends DomainEvent>(decider: Decider<S, C, E>): FoldedStream<S> {
  return { state: decider.initialState(), revision: -1, last: undefined, byCommand: new Map(), claims: new Map() };
}
