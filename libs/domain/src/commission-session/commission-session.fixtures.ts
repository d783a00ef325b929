import type { RecordCommissionSessionHeld, ScheduleCommissionSession } from './commission-session.commands.js';
import type { CommissionSessionHeld, CommissionSessionScheduled } from './commission-session.events.js';
import type { SessionContext } from './commission-session.state.js';

export const SESSION_ID = '5e551011-2015-4c4e-9a31-000000000007';
export const LATER_SESSION_ID = '5e551011-2015-4c4e-9a31-000000000008';
export const ATTENDEE_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000001';
export const TODAY = '2016-03-01';

export function aScheduleCommissionSession(overrides: Partial<ScheduleCommissionSession['data']> = {}): ScheduleCommissionSession {
  return {
    type: 'ScheduleCommissionSession',
    data: { sessionId: SESSION_ID, number: '7', scheduledOn: '2016-02-20', agenda: [{ en: 'Implementation report 2015' }, { en: 'Recommendations of the roundtable' }], today: TODAY, ...overrides },
  };
}

export function aCommissionSessionScheduled(overrides: Partial<CommissionSessionScheduled['data']> = {}): CommissionSessionScheduled {
  return {
    type: 'CommissionSessionScheduled',
    data: { sessionId: SESSION_ID, number: '7', scheduledOn: '2016-02-20', agenda: [{ en: 'Implementation report 2015' }, { en: 'Recommendations of the roundtable' }], effectiveOn: '2016-02-20', ...overrides },
  };
}

export function aRecordCommissionSessionHeld(overrides: Partial<RecordCommissionSessionHeld['data']> = {}): RecordCommissionSessionHeld {
  return { type: 'RecordCommissionSessionHeld', data: { sessionId: SESSION_ID, heldOn: '2016-02-20', attendeeOrganizationIds: [ATTENDEE_ID], today: TODAY, ...overrides } };
}

export function aCommissionSessionHeld(overrides: Partial<CommissionSessionHeld['data']> = {}): CommissionSessionHeld {
  return { type: 'CommissionSessionHeld', data: { heldOn: '2016-02-20', attendeeOrganizationIds: [ATTENDEE_ID], effectiveOn: '2016-02-20', ...overrides } };
}

/** Session 7, held on 2016-02-20, as decision and recommendation commands carry it. */
export function aHeldSessionContext(overrides: Partial<Extract<SessionContext, { status: 'held' }>> = {}): SessionContext {
  return { sessionId: SESSION_ID, status: 'held', scheduledOn: '2016-02-20', heldOn: '2016-02-20', ...overrides };
}

export function aScheduledSessionContext(overrides: Partial<Extract<SessionContext, { status: 'scheduled' }>> = {}): SessionContext {
  return { sessionId: SESSION_ID, status: 'scheduled', scheduledOn: '2016-04-12', ...overrides };
}
