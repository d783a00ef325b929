import { STREAM_PREFIX, type AggregateType, type DomainEvent } from '#domain';
import type { EventStore } from '#event-store';
import type { AggregateKind, AggregateStore } from './aggregate-store.js';
import { PreconditionFailedError } from './application-errors.js';
import { reservationStreamId, type CodeRequest, type CodeReservations } from './code-reservations.js';
import type { CommandEnvelope, WriteResult } from './command-envelope.js';

export interface CodeMovingStores {
  aggregates: AggregateStore;
  reservations: CodeReservations;
  events: EventStore;
}

/**
 * Applies a command that may change the code its record holds, as ChangeOrganizationHandler does for an
 * acronym: the rules and If-Match are judged first (a refused command reserves nothing), then the
 * reservation moves to the new code (a 409 DUPLICATE_CODE leaves everything as it was), then the record
 * is appended, checking in that step that it holds the new code. `codeOf` reads the code off a state.
 */
export async function updateMovingCode<S, C, E extends DomainEvent>(
  { aggregates, reservations, events }: CodeMovingStores,
  kind: AggregateKind<S, C, E> & { type: AggregateType },
  recordId: string,
  envelope: CommandEnvelope,
  command: C,
  codeOf: (state: S) => CodeRequest | undefined,
): Promise<WriteResult> {
  const { state, revision } = await aggregates.load(kind, recordId);
  // A retry (same Idempotency-Key) is answered by the store from what it stored: nothing to move.
  const retried = (await events.readStream(STREAM_PREFIX[kind.type] + recordId)).some((e) => e.metadata.commandId === envelope.commandId);
  let moved: CodeRequest | undefined;
  if (!retried) {
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== revision)
      throw new PreconditionFailedError(envelope.expectedRevision, revision);
    const after = kind.decider.decide(command, state).reduce(kind.decider.evolve, state);
    const [from, to] = [codeOf(state), codeOf(after)];
    if (from && to && reservationStreamId(from) !== reservationStreamId(to)) {
      await reservations.move(from, to, recordId, envelope);
      moved = to;
    }
  }
  return aggregates.update(kind, recordId, envelope, async () => {
    if (moved) await reservations.assertHeld(moved, recordId);
    return command;
  });
}
