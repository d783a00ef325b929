// Shared building blocks
export * from './shared/decider.js';
export * from './shared/domain-error.js';
export * from './shared/money.js';
export * from './shared/scaled-sum.js';
export * from './shared/streams.js';
export * from './shared/values.js';
export { isIsoDate } from './shared/dates.js';
export { VISIBLE_CHARACTER } from './shared/text.js';
export { withChanges, type Changes } from './shared/same-value.js';
export * from './shared/upcasting.js';
export * from './shared/titles.js';
export * from './shared/iati-identifiers.js';
export * from './shared/dac-purpose-codes.js';
export * from './event-schema.js';
export * from './domain-events.js';
export * from './deciders.js';

export * from './shared/invalid-value.js';

// Results framework: indicators, disaggregations (issue 12)
export * from './geography/gazetteer.js';
export { GAZETTEER } from './geography/gazetteer.data.js';
export * from './geography/place-location.js';
export * from './geography/place-filter.js';
export { legacyLocation } from './geography/location-upcasts.js';
export * from './results/disaggregation.js';
export * from './results/indicator-definition.js';

// Code reservations (unique codes)
export * from './code-reservation/code-reservation.js';

// Organization
export * from './organization/organization.events.js';
export * from './organization/organization.commands.js';
export * from './organization/organization.state.js';
export * from './organization/organization.decider.js';

// Action plan
export * from './plan/plan.events.js';
export * from './plan/plan.commands.js';
export * from './plan/plan.state.js';
export * from './plan/plan.decider.js';
export * from './reporting/reporting-calendar.js';

// Activity
export * from './activity/activity.events.js';
export * from './activity/activity.commands.js';
export * from './activity/activity.state.js';
export * from './activity/activity.decider.js';

// Commission session
export * from './commission-session/commission-session.events.js';
export * from './commission-session/commission-session.commands.js';
export * from './commission-session/commission-session.state.js';
export * from './commission-session/commission-session.decider.js';

// Decision
export * from './decision/decision.events.js';
export * from './decision/decision.commands.js';
export * from './decision/decision.state.js';
export * from './decision/decision.decider.js';

// Recommendation
export * from './recommendation/recommendation.events.js';
export * from './recommendation/recommendation.commands.js';
export * from './recommendation/recommendation.state.js';
export * from './recommendation/recommendation.decider.js';

// Meeting (where recommendations are made)
export * from './meeting/meeting.events.js';
export * from './meeting/meeting.commands.js';
export * from './meeting/meeting.state.js';
export * from './meeting/meeting.decider.js';
export * from './meeting/inline-meetings.js';

// User (people and their access)
export * from './user/user.events.js';
export * from './user/user.commands.js';
export * from './user/user.state.js';
export * from './user/user.decider.js';
