import { activityDecider } from './activity/activity.decider.js';
import { commissionSessionDecider } from './commission-session/commission-session.decider.js';
import { decisionDecider } from './decision/decision.decider.js';
import { meetingDecider } from './meeting/meeting.decider.js';
import { organizationDecider } from './organization/organization.decider.js';
import { planDecider } from './plan/plan.decider.js';
import { recommendationDecider } from './recommendation/recommendation.decider.js';
import type { AggregateType } from './shared/streams.js';
import { userDecider } from './user/user.decider.js';

/** The decider of each aggregate, keyed like STREAM_PREFIX. */
export const DECIDERS = {
  organization: organizationDecider,
  plan: planDecider,
  activity: activityDecider,
  commission_session: commissionSessionDecider,
  decision: decisionDecider,
  recommendation: recommendationDecider,
  meeting: meetingDecider,
  user: userDecider,
} satisfies Record<AggregateType, unknown>;
