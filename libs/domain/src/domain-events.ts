import { ACTIVITY_EVENT_TYPES, type ActivityEvent } from './activity/activity.events.js';
import { COMMISSION_SESSION_EVENT_TYPES, type CommissionSessionEvent } from './commission-session/commission-session.events.js';
import { DECISION_EVENT_TYPES, type DecisionEvent } from './decision/decision.events.js';
import { MEETING_EVENT_TYPES, type MeetingEvent } from './meeting/meeting.events.js';
import { ORGANIZATION_EVENT_TYPES, type OrganizationEvent } from './organization/organization.events.js';
import { PLAN_EVENT_TYPES, type PlanEvent } from './plan/plan.events.js';
import { RECOMMENDATION_EVENT_TYPES, type RecommendationEvent } from './recommendation/recommendation.events.js';
import type { AggregateType } from './shared/streams.js';
import { USER_EVENT_TYPES, type UserEvent } from './user/user.events.js';

/** Every event the domain stores. */
export type AnyDomainEvent = OrganizationEvent | PlanEvent | ActivityEvent | CommissionSessionEvent | DecisionEvent | RecommendationEvent | MeetingEvent | UserEvent;
export type AnyDomainEventType = AnyDomainEvent['type'];

/** Event type names per aggregate, keyed like STREAM_PREFIX. */
export const DOMAIN_EVENT_TYPES = {
  organization: ORGANIZATION_EVENT_TYPES,
  plan: PLAN_EVENT_TYPES,
  activity: ACTIVITY_EVENT_TYPES,
  commission_session: COMMISSION_SESSION_EVENT_TYPES,
  decision: DECISION_EVENT_TYPES,
  recommendation: RECOMMENDATION_EVENT_TYPES,
  meeting: MEETING_EVENT_TYPES,
  user: USER_EVENT_TYPES,
} satisfies Record<AggregateType, readonly AnyDomainEventType[]>;

export const ALL_DOMAIN_EVENT_TYPES: readonly AnyDomainEventType[] = Object.values(DOMAIN_EVENT_TYPES).flat();

/** The aggregate each event type belongs to. */
export const AGGREGATE_OF_EVENT_TYPE = Object.fromEntries(
  Object.entries(DOMAIN_EVENT_TYPES).flatMap(([aggregate, types]) => types.map((type) => [type, aggregate])),
) as Record<AnyDomainEventType, AggregateType>;

export function isDomainEventType(type: string): type is AnyDomainEventType {
  return Object.hasOwn(AGGREGATE_OF_EVENT_TYPE, type);
}
