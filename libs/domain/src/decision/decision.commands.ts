import type { Titles } from '../shared/titles.js';
import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Evidence } from '../shared/values.js';
import type { Changes } from '../shared/same-value.js';
import type { SessionContext } from '../commission-session/commission-session.state.js';
import type { AmendableDecision, DecisionKind } from './decision.events.js';

/** context.session: the session named by sessionId (see sessionContextOf). effectiveOn is its heldOn. */
export type RecordDecision = DomainCommand<
  'RecordDecision',
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
    today: string;
    context: { session: SessionContext };
  }
>;
export type AddDecisionFollowUp = DomainCommand<'AddDecisionFollowUp', CommandClock & { decisionId: string; note: string; evidence?: Evidence[] }>;
/** effectiveOn is implementedOn. */
export type MarkDecisionImplemented = DomainCommand<
  'MarkDecisionImplemented',
  { decisionId: string; implementedOn: string; note?: string; evidence?: Evidence[]; today: string }
>;
export type RevokeDecision = DomainCommand<'RevokeDecision', CommandClock & { decisionId: string; reason: string; revokedByDecisionId?: string }>;

/** Corrects the title, text, due date (null removes it: no deadline) or responsible agencies. */
export type AmendDecision = DomainCommand<'AmendDecision', Changes<AmendableDecision, 'dueDate'> & { decisionId: string; reason: string }>;

/** Corrects the number, in any status. The application moves the number's reservation. */
export type RenumberDecision = DomainCommand<'RenumberDecision', { decisionId: string; number: string; reason: string }>;

export type DecisionCommand = RecordDecision | AddDecisionFollowUp | MarkDecisionImplemented | RevokeDecision | AmendDecision | RenumberDecision;
