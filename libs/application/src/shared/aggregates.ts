import {
  activityDecider,
  commissionSessionDecider,
  decisionDecider,
  meetingDecider,
  organizationDecider,
  planDecider,
  recommendationDecider,
} from '#domain';
import type { AggregateKind } from './aggregate-store.js';

export const ORGANIZATION = { type: 'organization', label: 'organization', decider: organizationDecider } satisfies AggregateKind<any, any, any>;
export const PLAN = { type: 'plan', label: 'plan', decider: planDecider } satisfies AggregateKind<any, any, any>;
export const ACTIVITY = { type: 'activity', label: 'activity', decider: activityDecider } satisfies AggregateKind<any, any, any>;
export const COMMISSION_SESSION = { type: 'commission_session', label: 'commission session', decider: commissionSessionDecider } satisfies AggregateKind<any, any, any>;
export const DECISION = { type: 'decision', label: 'decision', decider: decisionDecider } satisfies AggregateKind<any, any, any>;
export const RECOMMENDATION = { type: 'recommendation', label: 'recommendation', decider: recommendationDecider } satisfies AggregateKind<any, any, any>;
export const MEETING = { type: 'meeting', label: 'meeting', decider: meetingDecider } satisfies AggregateKind<any, any, any>;
