import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Titles } from '../shared/titles.js';
import type { AmendableSession } from './commission-session.events.js';

/**
 * scheduledOn may lie in the future. The event's effectiveOn is the explicit effectiveOn, else the
 * earlier of today and scheduledOn: a back-filled session was scheduled no later than it took place.
 */
export type ScheduleCommissionSession = DomainCommand<
  'ScheduleCommissionSession',
  CommandClock & { sessionId: string; number: string; scheduledOn: string; agenda: Titles[] }
>;
/** effectiveOn is heldOn. */
export type RecordCommissionSessionHeld = DomainCommand<
  'RecordCommissionSessionHeld',
  { sessionId: string; heldOn: string; attendeeOrganizationIds: string[]; minutesRef?: string; today: string }
>;

/** Corrects the date or the agenda before the session is held. */
export type AmendCommissionSession = DomainCommand<'AmendCommissionSession', Partial<AmendableSession> & { sessionId: string; reason: string }>;

/** Corrects the number, also once the session is held. The application moves the number's reservation. */
export type RenumberCommissionSession = DomainCommand<'RenumberCommissionSession', { sessionId: string; number: string; reason: string }>;

export type CommissionSessionCommand = ScheduleCommissionSession | RecordCommissionSessionHeld | AmendCommissionSession | RenumberCommissionSession;
