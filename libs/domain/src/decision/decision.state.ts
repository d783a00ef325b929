import type { Titles } from '../shared/titles.js';
import type { DecisionKind, DecisionStatus } from './decision.events.js';

interface DecisionDetails {
  decisionId: string;
  sessionId: string;
  /** Unique in the service (a code reservation); kept so that `codes reserve-existing` finds it. */
  number: string;
  kind: DecisionKind;
  /** The day of the session that took it. */
  decidedOn: string;
  dueDate?: string;
  relatedRecommendationIds: string[];
  /** Kept for an amendment's values before. */
  titles: Titles;
  text: string;
  responsibleAgencyIds: string[];
}

export type DecisionState =
  | { status: 'none' }
  | (DecisionDetails & { status: 'open' })
  | (DecisionDetails & { status: 'implemented'; implementedOn: string })
  | (DecisionDetails & { status: 'revoked' });

/**
 * What the recommendation rules need to know about a decision, loaded by the application from the
 * decision's stream and passed as `context.decision`.
 */
export interface DecisionContext {
  decisionId: string;
  sessionId: string;
  status: DecisionStatus;
  kind: DecisionKind;
  decidedOn: string;
  relatedRecommendationIds: string[];
}

/** The DecisionContext of a folded decision; undefined when it does not exist (the application answers 404). */
export function decisionContextOf(state: DecisionState): DecisionContext | undefined {
  if (state.status === 'none') return undefined;
  const { decisionId, sessionId, status, kind, decidedOn, relatedRecommendationIds } = state;
  return { decisionId, sessionId, status, kind, decidedOn, relatedRecommendationIds };
}
