import { Inject, Injectable } from '@nestjs/common';
import { STREAM_PREFIX, type AggregateType, type DomainEvent } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AggregateStore, type AggregateKind } from './aggregate-store.js';
import { PreconditionFailedError } from './application-errors.js';
import { CodeReservations, reservationStreamId, type CodeRequest } from './code-reservations.js';
import type { CommandEnvelope, WriteResult } from './command-envelope.js';

/**
 * Applies a command that may change the code its record holds (an organisation's acronym, a session's
 * or a decision's number): the rules and If-Match are judged first (a refused command reserves nothing),
 * then the reservation moves to the new code (a 409 DUPLICATE_CODE leaves everything as it was), then the
 * record is appended, checking in that step that it holds the new code.
 */
@Injectable()
export class CodeMovingUpdate {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly reservations: CodeReservations,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** `codeOf` reads the code off a state (undefined where the record holds none). */
  async apply<S, C, E extends DomainEvent>(
    kind: AggregateKind<S, C, E> & { type: AggregateType },
    recordId: string,
    envelope: CommandEnvelope,
    command: C,
    codeOf: (state: S) => CodeRequest | undefined,
  ): Promise<WriteResult> {
    const { state, revision } = await this.aggregates.load(kind, recordId);
    // A retry (same Idempotency-Key) is answered by the store from what it stored: nothing to move.
    const retried = (await this.events.readStream(STREAM_PREFIX[kind.type] + recordId)).some((e) => e.metadata.commandId === envelope.commandId);
    let moved: CodeRequest | undefined;
    if (!retried) {
      if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== revision)
        throw new PreconditionFailedError(envelope.expectedRevision, revision);
      const after = kind.decider.decide(command, state).reduce(kind.decider.evolve, state);
      const [from, to] = [codeOf(state), codeOf(after)];
      if (from && to && reservationStreamId(from) !== reservationStreamId(to)) {
        await this.reservations.move(from, to, recordId, envelope);
        moved = to;
      }
    }
    return this.aggregates.update(kind, recordId, envelope, async () => {
      if (moved) await this.reservations.assertHeld(moved, recordId);
      return command;
    });
  }
}
