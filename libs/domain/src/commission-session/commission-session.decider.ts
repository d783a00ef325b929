import { assertNever, type Decider } from '../shared/decider.js';
import { reject } from '../shared/domain-error.js';
import { minDate, requireDates, requirePastFact, resolveEffectiveOn } from '../shared/dates.js';
import { definedOnly } from '../shared/text.js';
import { amendmentOf } from '../shared/amendment.js';
import { renumberingOf } from '../shared/renumbering.js';
import { mergeTitles } from '../shared/titles.js';
import type {
  AmendCommissionSession,
  CommissionSessionCommand,
  RecordCommissionSessionHeld,
  RenumberCommissionSession,
  ScheduleCommissionSession,
} from './commission-session.commands.js';
import type { CommissionSessionEvent } from './commission-session.events.js';
import type { CommissionSessionState } from './commission-session.state.js';

/* Scheduled → Held, once. A session may be held on another day than scheduled (meetings move). */

function schedule({ data }: ScheduleCommissionSession, state: CommissionSessionState): CommissionSessionEvent[] {
  if (state.status !== 'none') reject('SESSION_ALREADY_SCHEDULED', `session ${data.sessionId} is already scheduled`);
  requireDates({ today: data.today, scheduledOn: data.scheduledOn });
  const effectiveOn = resolveEffectiveOn(data, minDate(data.today, data.scheduledOn));
  const { sessionId, number, scheduledOn, agenda } = data;
  return [{ type: 'CommissionSessionScheduled', data: { sessionId, number, scheduledOn, agenda: agenda.map((item) => mergeTitles({}, item)), effectiveOn } }];
}

function held({ data }: RecordCommissionSessionHeld, state: CommissionSessionState): CommissionSessionEvent[] {
  if (state.status === 'none') reject('SESSION_NOT_FOUND', `session ${data.sessionId} does not exist`);
  if (state.status === 'held') reject('SESSION_ALREADY_HELD', `session ${data.sessionId} was already held on ${state.heldOn}`);
  const heldOn = requirePastFact(data.heldOn, data.today, 'heldOn');
  const { attendeeOrganizationIds, minutesRef } = data;
  return [{ type: 'CommissionSessionHeld', data: definedOnly({ heldOn, attendeeOrganizationIds, minutesRef, effectiveOn: heldOn }) }];
}

/** A correction of the date or the agenda, only before the session is held (its record is the minutes then). */
function amend({ data }: AmendCommissionSession, state: CommissionSessionState): CommissionSessionEvent[] {
  if (state.status === 'none') reject('SESSION_NOT_FOUND', `session ${data.sessionId} does not exist`);
  if (state.status === 'held') reject('SESSION_ALREADY_HELD', `session ${data.sessionId} was held on ${state.heldOn}`);
  if (data.scheduledOn !== undefined) requireDates({ scheduledOn: data.scheduledOn });
  const amendment = amendmentOf({ scheduledOn: state.scheduledOn, agenda: state.agenda }, { scheduledOn: data.scheduledOn, agenda: data.agenda?.map((item) => mergeTitles({}, item)) }, data.reason);
  return amendment ? [{ type: 'CommissionSessionAmended', data: amendment }] : [];
}

/** The number is a record-keeping fact, not the session's content: correctable before and after it is held. */
function renumber({ data }: RenumberCommissionSession, state: CommissionSessionState): CommissionSessionEvent[] {
  if (state.status === 'none') reject('SESSION_NOT_FOUND', `session ${data.sessionId} does not exist`);
  const renumbering = renumberingOf(state.number, data.number, data.reason);
  return renumbering ? [{ type: 'CommissionSessionRenumbered', data: renumbering }] : [];
}

export const commissionSessionDecider: Decider<CommissionSessionState, CommissionSessionCommand, CommissionSessionEvent> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    switch (command.type) {
      case 'ScheduleCommissionSession':
        return schedule(command, state);
      case 'RecordCommissionSessionHeld':
        return held(command, state);
      case 'AmendCommissionSession':
        return amend(command, state);
      case 'RenumberCommissionSession':
        return renumber(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'CommissionSessionScheduled': {
        const { sessionId, number, scheduledOn, agenda } = event.data;
        return { status: 'scheduled', sessionId, number, scheduledOn, agenda };
      }
      case 'CommissionSessionHeld': {
        if (state.status === 'none') return state;
        const { sessionId, number, scheduledOn, agenda } = state;
        return { status: 'held', sessionId, number, scheduledOn, agenda, heldOn: event.data.heldOn, attendeeOrganizationIds: event.data.attendeeOrganizationIds };
      }
      case 'CommissionSessionAmended':
      case 'CommissionSessionRenumbered':
        return state.status === 'none' ? state : { ...state, ...event.data.after };
      default:
        return assertNever(event);
    }
  },
};
