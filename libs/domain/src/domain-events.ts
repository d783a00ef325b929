import type { ActivityEvent } from './activity/activity.events.js';
import { ACTIVITY_EVENT_TYPES } from './activity/activity.events.js';
import type { OrganizationEvent } from './organization/organization.events.js';
import { ORGANIZATION_EVENT_TYPES } from './organization/organization.events.js';
import type { PlanEvent } from './plan/plan.events.js';
import { PLAN_EVENT_TYPES } from './plan/plan.events.js';
import type { AggregateType } from './shared/streams.js';

/** Every event the domain stores. */
export type AnyDomainEvent = OrganizationEvent | PlanEvent | ActivityEvent;
export type AnyDomainEventType = AnyDomainEvent['type'];

/** Event type names per aggregate (the stream prefix tells the aggregate). */
export const DOMAIN_EVENT_TYPES = {
  organization: ORGANIZATION_EVENT_TYPES,
  plan: PLAN_EVENT_TYPES,
  activity: ACTIVITY_EVENT_TYPES,
} satisfies Partial<Record<AggregateType, readonly AnyDomainEventType[]>>;

export const ALL_DOMAIN_EVENT_TYPES: readonly AnyDomainEventType[] = Object.values(DOMAIN_EVENT_TYPES).flat();
