import { assertNever, type Decider } from '../shared/decider.js';
import { reject } from '../shared/domain-error.js';
import { requireDates, requirePastFact, resolveEffectiveOn } from '../shared/dates.js';
import { definedOnly, isBlank, requireReason } from '../shared/text.js';
import { amendmentOf } from '../shared/amendment.js';
import { withChanges } from '../shared/same-value.js';
import { renumberingOf } from '../shared/renumbering.js';
import { mergeTitles } from '../shared/titles.js';
import type { AddDecisionFollowUp, AmendDecision, DecisionCommand, MarkDecisionImplemented, RecordDecision, RenumberDecision, RevokeDecision } from './decision.commands.js';
import { DECISION_KINDS, type AmendableDecision, type DecisionEvent, type DecisionKind } from './decision.events.js';
import type { DecisionState } from './decision.state.js';

/*
 * open → implemented, or open → revoked. Both are terminal: an implemented decision is not revoked
 * (a later decision says something new instead), and neither takes follow-ups any more.
 * Overdue (dueDate passed while open) is derived by read models, never stored.
 */

type OpenDecision = Extract<DecisionState, { status: 'open' }>;

function open(state: DecisionState, decisionId: string): OpenDecision {
  if (state.status === 'none') reject('DECISION_NOT_FOUND', `decision ${decisionId} does not exist`);
  if (state.status !== 'open') reject('TERMINAL_STATE', `decision ${decisionId} is ${state.status}`);
  return state;
}

const RECOMMENDATION_KINDS: readonly DecisionKind[] = ['accept_recommendation', 'reject_recommendation', 'defer_recommendation'];

/** Decisions are taken at a session that was held; they take effect on the day it was held. */
function record({ data }: RecordDecision, state: DecisionState): DecisionEvent[] {
  if (state.status !== 'none') reject('DECISION_ALREADY_RECORDED', `decision ${data.decisionId} is already recorded`);
  requireDates({ today: data.today, dueDate: data.dueDate });
  const session = data.context.session;
  if (session.sessionId !== data.sessionId) reject('CONTEXT_MISMATCH', `context.session is session ${session.sessionId}, not ${data.sessionId}`, 'sessionId');
  if (session.status !== 'held') reject('SESSION_NOT_HELD', `session ${data.sessionId} has not been held; decisions are recorded at a held session`, 'sessionId');
  if (!DECISION_KINDS.includes(data.kind)) reject('INVALID_DECISION_KIND', `kind must be one of ${DECISION_KINDS.join(', ')}`, 'kind');
  if (RECOMMENDATION_KINDS.includes(data.kind) && data.relatedRecommendationIds.length === 0) {
    reject('RECOMMENDATION_REQUIRED_FOR_KIND', `a decision of kind ${data.kind} names the recommendations it is about`, 'relatedRecommendationIds');
  }
  if (data.dueDate !== undefined && data.dueDate < session.heldOn) {
    reject('DUE_DATE_BEFORE_DECISION', `dueDate ${data.dueDate} is before the session (${session.heldOn})`, 'dueDate');
  }
  const { decisionId, sessionId, number, titles, text, kind, responsibleAgencyIds, dueDate, relatedActivityIds, relatedRecommendationIds } = data;
  return [
    {
      type: 'DecisionRecorded',
      data: definedOnly({
        decisionId,
        sessionId,
        number,
        titles: mergeTitles({}, titles),
        text,
        kind,
        responsibleAgencyIds,
        dueDate,
        relatedActivityIds,
        relatedRecommendationIds,
        effectiveOn: session.heldOn,
      }),
    },
  ];
}

function followUp({ data }: AddDecisionFollowUp, state: DecisionState): DecisionEvent[] {
  open(state, data.decisionId);
  if (isBlank(data.note)) reject('NOTE_REQUIRED', 'note is required', 'note');
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'DecisionFollowUpAdded', data: { note: data.note, evidence: data.evidence ?? [], effectiveOn } }];
}

function implemented({ data }: MarkDecisionImplemented, state: DecisionState): DecisionEvent[] {
  const decision = open(state, data.decisionId);
  const implementedOn = requirePastFact(data.implementedOn, data.today, 'implementedOn');
  if (implementedOn < decision.decidedOn) {
    reject('IMPLEMENTED_BEFORE_DECISION', `implementedOn ${implementedOn} is before the decision was taken (${decision.decidedOn})`, 'implementedOn');
  }
  return [{ type: 'DecisionImplemented', data: definedOnly({ implementedOn, note: data.note, evidence: data.evidence ?? [], effectiveOn: implementedOn }) }];
}

function revoke({ data }: RevokeDecision, state: DecisionState): DecisionEvent[] {
  open(state, data.decisionId);
  const reason = requireReason(data.reason);
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'DecisionRevoked', data: definedOnly({ reason, revokedByDecisionId: data.revokedByDecisionId, effectiveOn }) }];
}

/** A correction, in any status: a due date is never before the session that took the decision; null removes it (never overdue then). */
function amend({ data }: AmendDecision, state: DecisionState): DecisionEvent[] {
  if (state.status === 'none') reject('DECISION_NOT_FOUND', `decision ${data.decisionId} does not exist`);
  if (data.dueDate !== undefined && data.dueDate !== null) {
    requireDates({ dueDate: data.dueDate });
    if (data.dueDate < state.decidedOn) reject('DUE_DATE_BEFORE_DECISION', `dueDate ${data.dueDate} is before the session (${state.decidedOn})`, 'dueDate');
  }
  const { titles, text, dueDate, responsibleAgencyIds } = state;
  const current = definedOnly({ titles, text, dueDate, responsibleAgencyIds }) as Partial<AmendableDecision> as AmendableDecision;
  const amendment = amendmentOf<AmendableDecision, 'dueDate'>(current, { titles: data.titles && mergeTitles(titles, data.titles), text: data.text, dueDate: data.dueDate, responsibleAgencyIds: data.responsibleAgencyIds }, data.reason);
  return amendment ? [{ type: 'DecisionAmended', data: amendment }] : [];
}

/** The number is a record-keeping fact: correctable in any status, implemented and revoked included. */
function renumber({ data }: RenumberDecision, state: DecisionState): DecisionEvent[] {
  if (state.status === 'none') reject('DECISION_NOT_FOUND', `decision ${data.decisionId} does not exist`);
  const renumbering = renumberingOf(state.number, data.number, data.reason);
  return renumbering ? [{ type: 'DecisionRenumbered', data: renumbering }] : [];
}

export const decisionDecider: Decider<DecisionState, DecisionCommand, DecisionEvent> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    switch (command.type) {
      case 'RecordDecision':
        return record(command, state);
      case 'AddDecisionFollowUp':
        return followUp(command, state);
      case 'MarkDecisionImplemented':
        return implemented(command, state);
      case 'RevokeDecision':
        return revoke(command, state);
      case 'AmendDecision':
        return amend(command, state);
      case 'RenumberDecision':
        return renumber(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    if (event.type === 'DecisionRecorded') {
      const { decisionId, sessionId, number, kind, dueDate, relatedRecommendationIds, effectiveOn, titles, text, responsibleAgencyIds } = event.data;
      return { status: 'open', ...definedOnly({ decisionId, sessionId, number, kind, decidedOn: effectiveOn, dueDate, relatedRecommendationIds, titles, text, responsibleAgencyIds }) };
    }
    if (state.status === 'none') return state;
    const { decisionId, sessionId, number, kind, decidedOn, dueDate, relatedRecommendationIds, titles, text, responsibleAgencyIds } = state;
    const details = definedOnly({ decisionId, sessionId, number, kind, decidedOn, dueDate, relatedRecommendationIds, titles, text, responsibleAgencyIds });
    switch (event.type) {
      case 'DecisionFollowUpAdded':
        return state;
      case 'DecisionAmended':
        return withChanges(state, event.data.after);
      case 'DecisionRenumbered':
        return { ...state, ...event.data.after };
      case 'DecisionImplemented':
        return { ...details, status: 'implemented', implementedOn: event.data.implementedOn };
      case 'DecisionRevoked':
        return { ...details, status: 'revoked' };
      default:
        return assertNever(event);
    }
  },
};
