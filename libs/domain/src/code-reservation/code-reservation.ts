import { assertNever, type Decider, type DomainCommand, type DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';

/**
 * Codes that name one record within a scope: a plan code (the whole service), an activity code
 * (within its plan), an organisation acronym (within its country), a commission session's number and a
 * decision's number (the whole service: minutes and pickers cite them). The event store is the only
 * thing both stores share, so a code is reserved in a stream of its own, `code_reservation-<uuid v5 of
 * kind, scope and normalised code>`, before the record is created; the first append to that stream
 * wins (expected revision "no stream"), whichever writer or process makes it. Kinds are named as
 * STREAM_PREFIX names the aggregates: a holder's stream is `STREAM_PREFIX[kind] + id`.
 */
export type CodeKind = 'plan' | 'activity' | 'organization' | 'commission_session' | 'decision';

export interface CodeClaim {
  kind: CodeKind;
  /** '' for plan codes and session and decision numbers; the plan id for activity codes; the country for acronyms. */
  scope: string;
  code: string;
}

/** The record that holds a code, as a 409 names it. */
export interface CodeHolder {
  kind: CodeKind;
  id: string;
}

/**
 * Two codes are the same when they differ only in case, in surrounding or repeated inner whitespace, in
 * invisible format characters (a zero-width space) or in Unicode composition: NFKC, format characters
 * left out, trimmed, inner whitespace runs as one space, upper case.
 */
export function normalizeCode(code: string): string {
  return code.normalize('NFKC').replace(/\p{Cf}/gu, '').trim().replace(/\s+/gu, ' ').toUpperCase();
}

/** What identifies a reservation: the same for every spelling of the code (hashed into the stream name by the application). */
export function reservationKeyOf(claim: CodeClaim): string {
  return `${claim.kind}\n${normalizeCode(claim.scope)}\n${normalizeCode(claim.code)}`;
}

/** A holder's kind in the words of a refusal a person reads. */
const CODE_HOLDERS: Record<CodeKind, string> = {
  plan: 'plan',
  activity: 'activity',
  organization: 'organisation',
  commission_session: 'commission session',
  decision: 'decision',
};

/** Another record holds the code (or is being created with it right now). */
export class DuplicateCodeError extends DomainError {
  constructor(
    readonly holder: CodeHolder,
    code: string,
    field: string,
  ) {
    // The holder's id is in the answer (`holder`), for a link; a person reads what kind of record it is.
    super('DUPLICATE_CODE', `${code.trim()} is already used by another ${CODE_HOLDERS[holder.kind]}`, field);
    this.name = 'DuplicateCodeError';
  }
}

export type CodeReserved = DomainEvent<
  'CodeReserved',
  CodeClaim & { recordId: string; reservedAt: string; takenOverFrom?: string }
>;
export type CodeReleased = DomainEvent<'CodeReleased', { recordId: string; reason: string }>;
export type CodeReservationEvent = CodeReserved | CodeReleased;

/**
 * How the current holder stands, as the application found it: its record exists (`recorded`); or it
 * does not, yet the reservation is recent, so its create may still be in flight (`pending`); or it does
 * not and the reservation is older than the lease (`abandoned`: a create that crashed after reserving).
 */
export type HolderStanding = 'recorded' | 'pending' | 'abandoned';

export type ReserveCode = DomainCommand<
  'ReserveCode',
  CodeClaim & { recordId: string; field: string; now: string; holder?: HolderStanding }
>;
export type ReleaseCode = DomainCommand<'ReleaseCode', { recordId: string; reason: string }>;
export type CodeReservationCommand = ReserveCode | ReleaseCode;

export type CodeReservationState =
  | { status: 'free' }
  | { status: 'held'; holder: CodeHolder; reservedAt: string };

function reserve({ data }: ReserveCode, state: CodeReservationState): CodeReservationEvent[] {
  const { kind, scope, code, recordId, now } = data;
  if (state.status === 'held') {
    if (state.holder.id === recordId) return [];
    if (data.holder !== 'abandoned') throw new DuplicateCodeError(state.holder, code, data.field);
    return [{ type: 'CodeReserved', data: { kind, scope, code, recordId, reservedAt: now, takenOverFrom: state.holder.id } }];
  }
  return [{ type: 'CodeReserved', data: { kind, scope, code, recordId, reservedAt: now } }];
}

/** Only the holder releases; releasing a code one does not hold records nothing. */
function release({ data }: ReleaseCode, state: CodeReservationState): CodeReservationEvent[] {
  if (state.status !== 'held' || state.holder.id !== data.recordId) return [];
  return [{ type: 'CodeReleased', data: { recordId: data.recordId, reason: data.reason } }];
}

export const codeReservationDecider: Decider<CodeReservationState, CodeReservationCommand, CodeReservationEvent> = {
  initialState: () => ({ status: 'free' }),

  decide(command, state) {
    switch (command.type) {
      case 'ReserveCode':
        return reserve(command, state);
      case 'ReleaseCode':
        return release(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'CodeReserved':
        return { status: 'held', holder: { kind: event.data.kind, id: event.data.recordId }, reservedAt: event.data.reservedAt };
      case 'CodeReleased':
        return { status: 'free' };
      default:
        return assertNever(event);
    }
  },
};
