import { Inject, Injectable, Optional } from '@nestjs/common';
import AsyncLock from 'async-lock';
import { CODE_RESERVATION_PREFIX, EVENT_SCHEMA_VERSION, STREAM_PREFIX, type AggregateType, type Decider, type DomainEvent } from '#domain';
import { EVENT_STORE, StreamMovedError, WrongExpectedRevisionError, type EventStore, type EventToAppend, type RecordedEvent } from '#event-store';
import { APP_CONFIG, eventsAppended, foldedStreamEvents, IDEMPOTENCY_KEYS, type AppConfig, type IdempotencyKeyRegistry, type NoOpAnswer } from '#platform';
import { ConcurrentModificationError, NotFoundError, PreconditionFailedError, requireExpectedRevision } from './application-errors.js';
import type { CommandEnvelope, WriteResult } from './command-envelope.js';
import { eventIdFor } from './event-ids.js';
import { assertKeyNotReused, IdempotencyKeyReusedError } from './idempotency.js';
import { FoldedStreams } from './folded-streams.js';
import { CHAIN_VERSION, eventHashV2, GENESIS_HASH, toMicroseconds } from './hash-chain.js';

const MAX_ATTEMPTS = 5;

export interface AggregateKind<State, Command, Event extends DomainEvent> {
  /** An aggregate, or the code reservations (code-reservations.ts), which are written the same way. */
  type: AggregateType | 'code_reservation';
  /** How the aggregate is named in a 404, e.g. "activity". */
  label: string;
  decider: Decider<State, Command, Event>;
}

export interface Loaded<State> {
  state: State;
  revision: number;
}

/** What a command may read of other aggregates while it is built: see AggregateStore.update. */
export interface CommandReads {
  /** Another aggregate's current state for a rule of this command; 404 (naming `field`) when it does not exist. */
  load<S, C, E extends DomainEvent>(kind: AggregateKind<S, C, E>, id: string, field?: string): Promise<Loaded<S>>;
}

type BuildCommand<S, C> = (state: S, reads: CommandReads) => C | Promise<C>;

/**
 * The one command handler every use case goes through: read the stream, fold, decide, append at the
 * revision that was read. The fold is kept between commands (FoldedStreams): each reads only the
 * events after it, so a command costs the same on a stream of two events or two thousand. A retried command (same command id) is answered from the events it stored;
 * a race lost to another process is re-read and re-decided, unless the caller pinned the revision with If-Match.
 */
@Injectable()
export class AggregateStore {
  private readonly folded: FoldedStreams;

  /**
   * Commands on one stream in this process run one after another, each on the fold the one before
   * left. Racing through the store's revision check instead, eight writers on one activity had a third
   * of their commands refused (409) after five attempts each. Writers in other processes still meet
   * that check, and lose no more than before.
   */
  private readonly writing = new AsyncLock({ maxPending: Infinity });

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() @Inject(IDEMPOTENCY_KEYS) private readonly keys?: IdempotencyKeyRegistry,
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
  ) {
    this.folded = new FoldedStreams(events, config && foldedStreamEvents(config));
  }

  /**
   * Applies a command to an aggregate that must already exist. Another aggregate the command's rules
   * need is read through `reads`: on a store that can check other streams in the append
   * (appendIfUnchanged), its kept fold is used without a read and the append is refused if that stream
   * moved meanwhile (the command is then built again on a fresh read), so the rule holds at the moment
   * of the write; elsewhere it is read just before deciding.
   */
  update<S, C, E extends DomainEvent>(kind: AggregateKind<S, C, E>, id: string, envelope: CommandEnvelope, command: BuildCommand<S, C>): Promise<WriteResult> {
    return this.writing.acquire(streamOf(kind.type, id), () => this.run(kind, id, envelope, command, true));
  }

  /** Applies a command that creates the aggregate; the decider refuses if it exists already. */
  create<S, C, E extends DomainEvent>(kind: AggregateKind<S, C, E>, id: string, envelope: CommandEnvelope, command: BuildCommand<S, C>): Promise<WriteResult> {
    return this.writing.acquire(streamOf(kind.type, id), () => this.run(kind, id, envelope, command, false));
  }

  /** The current state of another aggregate, for a rule that needs it; 404 when it does not exist. */
  async load<S, C, E extends DomainEvent>(kind: AggregateKind<S, C, E>, id: string, field?: string): Promise<Loaded<S>> {
    const { state, revision } = await this.folded.read(streamOf(kind.type, id), kind.decider);
    if (revision < 0) throw new NotFoundError(kind.label, id, field);
    return { state, revision };
  }

  /** As load, for a caller that has just read the stream's head revision (-1: no events) in a query of its own. */
  async loadAtHead<S, C, E extends DomainEvent>(kind: AggregateKind<S, C, E>, id: string, head: number): Promise<Loaded<S>> {
    const { state, revision } = await this.folded.readAtHead(streamOf(kind.type, id), kind.decider, head);
    if (revision < 0) throw new NotFoundError(kind.label, id);
    return { state, revision };
  }

  /** Throws a 404 naming the field when any of the referenced aggregates does not exist. */
  async requireExisting(type: AggregateType, label: string, ids: readonly string[], field: string): Promise<void> {
    for (const [index, id] of ids.entries()) {
      const stream = STREAM_PREFIX[type] + id;
      if (this.folded.knownToExist(stream)) continue;
      const head = await this.events.readStream(stream, 0);
      if (head.length === 0) throw new NotFoundError(label, id, ids.length > 1 || field.endsWith('Ids') ? `${field}[${index}]` : field);
    }
  }

  /** `others` collects each stream read and its revision; `kept`: take kept folds unread (the append checks them). */
  private readsFor(others: Map<string, number>, kept: boolean): CommandReads {
    const load = async <S, C, E extends DomainEvent>(kind: AggregateKind<S, C, E>, id: string, field?: string): Promise<Loaded<S>> => {
      const stream = streamOf(kind.type, id);
      const folded = (kept ? this.folded.peek<S>(stream) : undefined) ?? (await this.folded.read(stream, kind.decider));
      others.set(stream, folded.revision);
      if (folded.revision < 0) throw new NotFoundError(kind.label, id, field);
      return { state: folded.state, revision: folded.revision };
    };
    return { load };
  }

  /** A retried command's answer: the last event it appended, read again for its position (retries are rare). */
  private async answeredBy(id: string, stream: string, revision: number): Promise<WriteResult> {
    const [event] = await this.events.readStream(stream, revision);
    if (event?.revision !== revision) throw new Error(`${stream} has no event at revision ${revision}`);
    return { id, revision, position: event.position };
  }

  /**
   * Records the key's first request; a key that came first with another request is refused (422). Answers
   * what the key's first request was answered when it changed nothing (its retry changes nothing either).
   */
  private async claimKey(envelope: CommandEnvelope, noOpAnswer?: NoOpAnswer): Promise<NoOpAnswer | undefined> {
    if (!envelope.idempotency || !this.keys) return undefined;
    const claim = await this.keys.claim(envelope.idempotency.key, envelope.idempotency.request, noOpAnswer);
    if (claim.request !== envelope.idempotency.request) throw new IdempotencyKeyReusedError();
    return claim.noOpAnswer;
  }

  private async run<S, C, E extends DomainEvent>(
    kind: AggregateKind<S, C, E>,
    id: string,
    envelope: CommandEnvelope,
    buildCommand: BuildCommand<S, C>,
    mustExist: boolean,
  ): Promise<WriteResult> {
    const stream = streamOf(kind.type, id);
    const checksOthers = this.events.appendIfUnchanged !== undefined;
    // First on the kept fold without reading (optimistic): an append on it succeeds only if it is the
    // head, and anything else it would answer (a refusal, a no-op, a 412) is checked on a fresh read.
    let optimistic = this.folded.peek<S>(stream);
    for (let attempt = 1; ; attempt++) {
      const onKeptFold = optimistic !== undefined;
      const folded = optimistic ?? (await this.folded.read(stream, kind.decider));
      const { state, revision: head, last, byCommand, claims } = folded;
      // The key's first request is answered from what it stored; any other request under it is refused.
      assertKeyNotReused(claims, envelope.idempotency);
      const earlier = byCommand.get(envelope.commandId);
      if (earlier !== undefined) return this.answeredBy(id, stream, earlier);

      const others = new Map<string, number>();
      let decided: E[];
      try {
        if (mustExist && head < 0) throw new NotFoundError(kind.label, id);
        requireExpectedRevision(envelope.expectedRevision, head);
        decided = kind.decider.decide(await buildCommand(state, this.readsFor(others, checksOthers && onKeptFold)), state);
      } catch (error) {
        if (!optimistic) throw error;
        optimistic = undefined;
        attempt--;
        continue;
      }
      if (decided.length === 0) {
        if (optimistic) {
          optimistic = undefined;
          attempt--;
          continue;
        }
        // Nothing to append, but the key is spent on this request all the same: another request under it is
        // a 422, and this one again answers as now, even once the record has moved on.
        const answer = { revision: head, position: last?.position ?? '0' };
        const first = (await this.claimKey(envelope, answer)) ?? answer;
        return { id, ...first };
      }
      optimistic = undefined;
      // A key first used on another record (or route) is refused here, before anything is written.
      const firstAnswer = await this.claimKey(envelope);
      if (firstAnswer) return { id, ...firstAnswer };
      const toAppend = chain(stream, head, last, decided, envelope);
      const expected = head < 0 ? 'no_stream' : head;
      try {
        const result =
          checksOthers && others.size > 0
            ? await this.events.appendIfUnchanged!(stream, toAppend, expected, [...others].map(([other, revision]) => ({ stream: other, revision })))
            : await this.events.append(stream, toAppend, expected);
        for (const event of toAppend) eventsAppended.inc({ type: event.type });
        this.folded.appended(stream, kind.decider, folded, toAppend, decided, result);
        return { id, revision: result.revision, position: result.position };
      } catch (error) {
        if (error instanceof StreamMovedError) {
          // Built again on a fresh read of every stream; a kept fold found behind is not a lost race.
          if (onKeptFold) attempt--;
          else if (attempt >= MAX_ATTEMPTS) throw new ConcurrentModificationError(error.stream);
          continue;
        }
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        const actual = error.actual === 'no_stream' ? -1 : error.actual;
        if (envelope.expectedRevision !== undefined) throw new PreconditionFailedError(envelope.expectedRevision, actual);
        // A kept fold found behind is not a lost race: it does not count against the attempts.
        if (onKeptFold) attempt--;
        else if (attempt >= MAX_ATTEMPTS) throw new ConcurrentModificationError(stream);
      }
    }
  }
}

function streamOf(type: AggregateType | 'code_reservation', id: string): string {
  return (type === 'code_reservation' ? CODE_RESERVATION_PREFIX : STREAM_PREFIX[type]) + id;
}

function chain<E extends DomainEvent>(stream: string, head: number, last: RecordedEvent | undefined, decided: E[], envelope: CommandEnvelope): EventToAppend[] {
  let prevHash = typeof last?.metadata.hash === 'string' ? last.metadata.hash : GENESIS_HASH;
  return decided.map((event, index) => {
    const revision = head + 1 + index;
    const metadata: Record<string, unknown> = {
      actor: { id: envelope.actor.id, name: envelope.actor.name },
      role: envelope.actor.role,
      organizationId: envelope.actor.organizationId,
      commandId: envelope.commandId,
      correlationId: envelope.correlationId,
      causationId: envelope.causationId,
      recordedAt: envelope.recordedAt.toISOString(),
      schemaVersion: EVENT_SCHEMA_VERSION,
      chainVersion: CHAIN_VERSION,
      ...(envelope.idempotency ? { idempotency: envelope.idempotency } : {}),
      prevHash,
    };
    const data = JSON.parse(JSON.stringify(event.data)) as unknown;
    const id = eventIdFor(envelope.commandId, stream, index, envelope.idempotency?.request);
    // The store records this same instant (Postgres keeps it in recorded_at), so the hash covers the time as stored.
    const recordedAt = envelope.recordedAt.toISOString();
    const hash = eventHashV2(prevHash, { id, stream, revision, type: event.type, recordedAt: toMicroseconds(recordedAt), data, metadata });
    prevHash = hash;
    return { id, type: event.type, data, metadata: { ...metadata, hash }, recordedAt };
  });
}
