import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import {
  CODE_RESERVATION_PREFIX,
  codeReservationDecider,
  DomainError,
  DuplicateCodeError,
  fold,
  reservationKeyOf,
  STREAM_PREFIX,
  upcastRecorded,
  type CodeClaim,
  type CodeReservationEvent,
  type CodeReservationState,
  type DomainEvent,
  type HolderStanding,
} from '#domain';
import { AppendTooLargeError, EVENT_STORE, type EventStore } from '#event-store';
import { AggregateStore, type AggregateKind } from './aggregate-store.js';
import { requireExpectedRevision } from './application-errors.js';
import type { CommandEnvelope, WriteResult } from './command-envelope.js';

// Fixed namespace: reservation stream names are stored data, never change it.
const RESERVATION_NAMESPACE = '2d6f4f0e-6a43-4c3e-8f5b-6f2b0f7c9a16';

/**
 * How long a reservation whose record does not exist is honoured: a create in flight (reserved, not yet
 * appended) takes milliseconds; a create that crashed in between leaves a reservation that another
 * create may take over once it is this old. A retry with the same Idempotency-Key completes it sooner.
 */
export const RESERVATION_LEASE_MS = 60_000;

/** A code and where a 409 points in the request. */
export interface CodeRequest extends CodeClaim {
  field: string;
}

export const CODE_RESERVATION = {
  type: 'code_reservation',
  label: 'code reservation',
  decider: codeReservationDecider,
} satisfies AggregateKind<CodeReservationState, unknown, CodeReservationEvent>;

export function reservationStreamId(claim: CodeClaim): string {
  return uuidv5(reservationKeyOf(claim), RESERVATION_NAMESPACE);
}

/**
 * Unique codes across writers and processes (README, "Unique codes"): a create reserves its code
 * (`reserve`), then checks inside its own append that it still holds it (`assertHeld`); an amendment
 * of a code moves the reservation (`move`). Reservations go through the AggregateStore, so they are
 * hash-chained, idempotent under the command's key, and retried on a lost race like any stream.
 */
@Injectable()
export class CodeReservations {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** Takes the code for `recordId`; a DuplicateCodeError (409) names the record that holds it. */
  async reserve(request: CodeRequest, recordId: string, envelope: CommandEnvelope): Promise<void> {
    const { kind, scope, code, field } = request;
    await this.aggregates.create(CODE_RESERVATION, reservationStreamId(request), unpinned(envelope), async (state: CodeReservationState) => ({
      type: 'ReserveCode' as const,
      data: { kind, scope, code, field, recordId, now: envelope.recordedAt.toISOString(), holder: await this.standingOf(state, envelope.recordedAt) },
    }));
  }

  /**
   * Creates a record that holds a code: the decider is asked first (a refused command reserves
   * nothing), then the code is reserved, then the record appended, checking in the same step that the
   * reservation is still its own. A retry with the same Idempotency-Key completes a create that
   * stopped after reserving.
   */
  async create<S, C, E extends DomainEvent>(kind: AggregateKind<S, C, E>, recordId: string, envelope: CommandEnvelope, request: CodeRequest, command: C): Promise<WriteResult> {
    // The record id derives from the command id: a record already there means a retry, answered by the store as before.
    const existing = await this.events.readStream(STREAM_PREFIX[request.kind] + recordId, 0);
    if (existing.length > 0) return this.aggregates.create(kind, recordId, envelope, () => command);
    kind.decider.decide(command, kind.decider.initialState());
    // Checked before the code is taken: a refusal after it would leave the code held by no record.
    requireExpectedRevision(envelope.expectedRevision, -1);
    await this.reserve(request, recordId, envelope);
    try {
      return await this.aggregates.create(kind, recordId, envelope, async () => {
        await this.assertHeld(request, recordId);
        return command;
      });
    } catch (error) {
      // The record was certainly not written: give the code back now rather than after the lease.
      if (isDefiniteRefusal(error)) await this.release(request, recordId, releaseOf(envelope), 'the create was refused').catch(() => undefined);
      throw error;
    }
  }

  /** Gives the code up, if `recordId` holds it (an amendment moved away from it). */
  async release(request: CodeClaim, recordId: string, envelope: CommandEnvelope, reason: string): Promise<void> {
    await this.aggregates.create(CODE_RESERVATION, reservationStreamId(request), unpinned(envelope), () => ({ type: 'ReleaseCode' as const, data: { recordId, reason } }));
  }

  /**
   * For amend use cases: takes the new code first (a 409 leaves the old one held), then releases the
   * old one. The same code in another spelling moves nothing. Call before appending the amendment.
   */
  async move(from: CodeClaim, to: CodeRequest, recordId: string, envelope: CommandEnvelope): Promise<void> {
    if (reservationStreamId(from) === reservationStreamId(to)) return;
    await this.reserve(to, recordId, envelope);
    await this.release(from, recordId, envelope, `code amended to ${to.code}`);
  }

  /** Throws unless `recordId` holds the code now: called just before the record's own append. */
  async assertHeld(request: CodeRequest, recordId: string): Promise<void> {
    const recorded = await this.events.readStream(CODE_RESERVATION_PREFIX + reservationStreamId(request));
    const state = fold(codeReservationDecider, recorded.map((e) => upcastRecorded(e) as unknown as CodeReservationEvent));
    if (state.status === 'held' && state.holder.id === recordId) return;
    // Taken over after our reservation expired (or released): the code now belongs to someone else.
    throw new DuplicateCodeError(state.status === 'held' ? state.holder : { kind: request.kind, id: recordId }, request.code, request.field);
  }

  private async standingOf(state: CodeReservationState, now: Date): Promise<HolderStanding | undefined> {
    if (state.status !== 'held') return undefined;
    const head = await this.events.readStream(STREAM_PREFIX[state.holder.kind] + state.holder.id, 0);
    if (head.length > 0) return 'recorded';
    return now.getTime() - Date.parse(state.reservedAt) > RESERVATION_LEASE_MS ? 'abandoned' : 'pending';
  }
}

/**
 * Refusals after which the record cannot have been written and the same request would be refused
 * again (an outage, by contrast, may have written it, and a retry with the same key completes it).
 */
function isDefiniteRefusal(error: unknown): boolean {
  return error instanceof AppendTooLargeError || error instanceof DomainError;
}

/** The release is a command of its own, caused by the create: under the create's id it would be taken for a retry of the reservation. */
function releaseOf(envelope: CommandEnvelope): CommandEnvelope {
  return { ...envelope, commandId: uuidv5(`${envelope.commandId} release`, RESERVATION_NAMESPACE), causationId: envelope.commandId };
}

/** If-Match pins the record's revision, never the reservation stream's. */
function unpinned(envelope: CommandEnvelope): CommandEnvelope {
  return { ...envelope, expectedRevision: undefined };
}
