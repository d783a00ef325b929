import { aHeldSessionContext, SESSION_ID } from '../commission-session/commission-session.fixtures.js';
import type { AddDecisionFollowUp, MarkDecisionImplemented, RecordDecision, RevokeDecision } from './decision.commands.js';
import type { DecisionFollowUpAdded, DecisionImplemented, DecisionRecorded, DecisionRevoked } from './decision.events.js';
import type { DecisionContext } from './decision.state.js';

export const DECISION_ID = 'dec15100-2016-4c4e-9a31-000000000001';
export const RECOMMENDATION_ID = 'ecc00000-2015-4c4e-9a31-000000000001';
export const RESPONSIBLE_AGENCY_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000001';
export const RELATED_ACTIVITY_ID = '3c0d6a7e-0203-4c4e-9a31-000000000001';
export const TODAY = '2016-03-01';

export function aRecordDecision(overrides: Partial<RecordDecision['data']> = {}): RecordDecision {
  return {
    type: 'RecordDecision',
    data: {
      decisionId: DECISION_ID,
      sessionId: SESSION_ID,
      number: 'IMC-2016/03',
      titles: { en: 'Report on pre-departure orientation' },
      text: 'The Migration Service reports on pre-departure orientation in Khatlon by 30 June 2016.',
      kind: 'request_report',
      responsibleAgencyIds: [RESPONSIBLE_AGENCY_ID],
      dueDate: '2016-06-30',
      relatedActivityIds: [RELATED_ACTIVITY_ID],
      relatedRecommendationIds: [],
      today: TODAY,
      context: { session: aHeldSessionContext() },
      ...overrides,
    },
  };
}

export function aDecisionRecorded(overrides: Partial<DecisionRecorded['data']> = {}): DecisionRecorded {
  return {
    type: 'DecisionRecorded',
    data: {
      decisionId: DECISION_ID,
      sessionId: SESSION_ID,
      number: 'IMC-2016/03',
      titles: { en: 'Report on pre-departure orientation' },
      text: 'The Migration Service reports on pre-departure orientation in Khatlon by 30 June 2016.',
      kind: 'request_report',
      responsibleAgencyIds: [RESPONSIBLE_AGENCY_ID],
      dueDate: '2016-06-30',
      relatedActivityIds: [RELATED_ACTIVITY_ID],
      relatedRecommendationIds: [],
      effectiveOn: '2016-02-20',
      ...overrides,
    },
  };
}

export function anAddDecisionFollowUp(overrides: Partial<AddDecisionFollowUp['data']> = {}): AddDecisionFollowUp {
  return { type: 'AddDecisionFollowUp', data: { decisionId: DECISION_ID, note: 'Draft report circulated', today: TODAY, ...overrides } };
}

export function aDecisionFollowUpAdded(overrides: Partial<DecisionFollowUpAdded['data']> = {}): DecisionFollowUpAdded {
  return { type: 'DecisionFollowUpAdded', data: { note: 'Draft report circulated', evidence: [], effectiveOn: TODAY, ...overrides } };
}

export function aMarkDecisionImplemented(overrides: Partial<MarkDecisionImplemented['data']> = {}): MarkDecisionImplemented {
  return { type: 'MarkDecisionImplemented', data: { decisionId: DECISION_ID, implementedOn: '2016-02-28', today: TODAY, ...overrides } };
}

export function aDecisionImplemented(overrides: Partial<DecisionImplemented['data']> = {}): DecisionImplemented {
  return { type: 'DecisionImplemented', data: { implementedOn: '2016-02-28', evidence: [], effectiveOn: '2016-02-28', ...overrides } };
}

export function aRevokeDecision(overrides: Partial<RevokeDecision['data']> = {}): RevokeDecision {
  return { type: 'RevokeDecision', data: { decisionId: DECISION_ID, reason: 'superseded by IMC-2016/05', today: TODAY, ...overrides } };
}

export function aDecisionRevoked(overrides: Partial<DecisionRevoked['data']> = {}): DecisionRevoked {
  return { type: 'DecisionRevoked', data: { reason: 'superseded by IMC-2016/05', effectiveOn: TODAY, ...overrides } };
}

/** A decision of session 7 accepting the recommendation, as recommendation commands carry it. */
export function aDecisionContext(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return {
    decisionId: DECISION_ID,
    sessionId: SESSION_ID,
    status: 'open',
    kind: 'accept_recommendation',
    decidedOn: '2016-02-20',
    relatedRecommendationIds: [RECOMMENDATION_ID],
    ...overrides,
  };
}
