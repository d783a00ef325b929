import type { Titles } from '../shared/titles.js';
import type { Amendment } from '../shared/amendment.js';
import type { Renumbering } from '../shared/renumbering.js';
import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';
import type { Evidence } from '../shared/values.js';

export const DECISION_KINDS = [
  'adopt_plan',
  'accept_recommendation',
  'reject_recommendation',
  'defer_recommendation',
  'assign_responsibility',
  'request_report',
  'amend_activity',
  'other',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type DecisionStatus = 'open' | 'implemented' | 'revoked';

/** effectiveOn is the day the session was held. `number` is the commission's label, e.g. `IMC-2015/07`. */
export type DecisionRecorded = DomainEvent<
  'DecisionRecorded',
  {
    decisionId: string;
    sessionId: string;
    number: string;
    titles: Titles;
    text: string;
    kind: DecisionKind;
    responsibleAgencyIds: string[];
    dueDate?: string;
    relatedActivityIds: string[];
    relatedRecommendationIds: string[];
    effectiveOn: string;
  }
>;
export type DecisionFollowUpAdded = DomainEvent<'DecisionFollowUpAdded', { note: string; evidence: Evidence[]; effectiveOn: string }>;
export type DecisionImplemented = DomainEvent<'DecisionImplemented', { implementedOn: string; note?: string; evidence: Evidence[]; effectiveOn: string }>;
/** `revokedByDecisionId`: the later decision that revoked this one, when there is one. */
export type DecisionRevoked = DomainEvent<'DecisionRevoked', { reason: string; revokedByDecisionId?: string; effectiveOn: string }>;

/** What a correction may change. */
export interface AmendableDecision {
  titles: Titles;
  text: string;
  dueDate: string;
  responsibleAgencyIds: string[];
}
/** A correction (no effectiveOn: seen at every asOf): only the fields that change, before and after; after `dueDate: null`, a due date removed. */
export type DecisionAmended = DomainEvent<'DecisionAmended', Amendment<AmendableDecision, 'dueDate'>>;

/** A correction of the number, in any status (no effectiveOn: seen at every asOf); its reservation moves with it. */
export type DecisionRenumbered = DomainEvent<'DecisionRenumbered', Renumbering>;

export type DecisionEvent = DecisionRecorded | DecisionFollowUpAdded | DecisionImplemented | DecisionRevoked | DecisionAmended | DecisionRenumbered;
export type DecisionEventType = DecisionEvent['type'];

const eventTypes: Record<DecisionEventType, true> = {
  DecisionRecorded: true,
  DecisionFollowUpAdded: true,
  DecisionImplemented: true,
  DecisionRevoked: true,
  DecisionAmended: true,
  DecisionRenumbered: true,
};
export const DECISION_EVENT_TYPES = Object.keys(eventTypes) as DecisionEventType[];

export function decisionStream(decisionId: string): string {
  return STREAM_PREFIX.decision + decisionId;
}
