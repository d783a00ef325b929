import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ACTIVITY_HANDLERS } from './activities/activity.use-cases.js';
import { ActivityImport } from './activities/activity-import.js';
import { COMMISSION_SESSION_HANDLERS } from './commission-sessions/commission-session.use-cases.js';
import { DECISION_HANDLERS } from './decisions/decision.use-cases.js';
import { ORGANIZATION_HANDLERS } from './organizations/organization.use-cases.js';
import { PLAN_HANDLERS } from './plans/plan.use-cases.js';
import { PLAN_RESULTS_HANDLERS } from './plans/plan-results.use-cases.js';
import { MEETING_HANDLERS } from './meetings/meeting.use-cases.js';
import { RECOMMENDATION_HANDLERS } from './recommendations/recommendation.use-cases.js';
import { AuditTrail } from './audit/audit-trail.service.js';
import { AggregateStore } from './shared/aggregate-store.js';
import { CodeReservations } from './shared/code-reservations.js';
import { CodeMovingUpdate } from './shared/code-moving-update.js';
import { AccessModule, MailModule } from '#platform';
import { UserAccess } from './users/user-access.service.js';

/** The write side: command handlers over the event store (EVENT_STORE must be provided globally). */
@Module({
  imports: [CqrsModule, AccessModule, MailModule],
  providers: [AggregateStore, CodeReservations, CodeMovingUpdate, ...ORGANIZATION_HANDLERS, ...PLAN_HANDLERS, ...PLAN_RESULTS_HANDLERS, ...ACTIVITY_HANDLERS, ...COMMISSION_SESSION_HANDLERS, ...DECISION_HANDLERS, ...RECOMMENDATION_HANDLERS, ...MEETING_HANDLERS, AuditTrail, UserAccess, ActivityImport],
  exports: [AggregateStore, CodeReservations, AuditTrail, UserAccess, ActivityImport],
})
export class ApplicationModule {}
