import type { Amendment } from '../shared/amendment.js';
import type { Renumbering } from '../shared/renumbering.js';
import type { Titles } from '../shared/titles.js';
import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';

export type CommissionSessionStatus = 'scheduled' | 'held';

/** `number` is the session's label as the commission writes it ("7", "2015/2"). */
export type CommissionSessionScheduled = DomainEvent<
  'CommissionSessionScheduled',
  { sessionId: string; number: string; scheduledOn: string; agenda: Titles[]; effectiveOn: string }
>;
export type CommissionSessionHeld = DomainEvent<
  'CommissionSessionHeld',
  { heldOn: string; attendeeOrganizationIds: string[]; minutesRef?: string; effectiveOn: string }
>;

/** What a correction before the session is held may change. */
export interface AmendableSession {
  scheduledOn: string;
  /** Each item in the languages it was given in. */
  agenda: Titles[];
}
/** A correction (no effectiveOn: seen at every asOf): only the fields that change, before and after. */
export type CommissionSessionAmended = DomainEvent<'CommissionSessionAmended', Amendment<AmendableSession>>;

/** A correction of the number, in any status (no effectiveOn: seen at every asOf); its reservation moves with it. */
export type CommissionSessionRenumbered = DomainEvent<'CommissionSessionRenumbered', Renumbering>;

export type CommissionSessionEvent = CommissionSessionScheduled | CommissionSessionHeld | CommissionSessionAmended | CommissionSessionRenumbered;
export type CommissionSessionEventType = CommissionSessionEvent['type'];

const eventTypes: Record<CommissionSessionEventType, true> = {
  CommissionSessionScheduled: true,
  CommissionSessionHeld: true,
  CommissionSessionAmended: true,
  CommissionSessionRenumbered: true,
};
export const COMMISSION_SESSION_EVENT_TYPES = Object.keys(eventTypes) as CommissionSessionEventType[];

export function commissionSessionStream(sessionId: string): string {
  return STREAM_PREFIX.commission_session + sessionId;
}
