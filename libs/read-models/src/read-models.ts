import { CreateEvents1764000000000 } from '#event-store';
import { AccessNotices1764000230000, AccessTokenRow, AccessTokens1764000050000, IdempotencyAnswers1764000260000, IdempotencyKeys1764000007000, Users1764000100000 } from '#platform';
import { activityProjection } from './activities/activity.projection.js';
import { ActivityViewRow } from './activities/activity-view.entity.js';
import { auditProjection } from './audit/audit.projection.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { ReadModels1764000001000 } from './migrations/1764000001000-read-models.js';
import { MoreReadModels1764000002000 } from './migrations/1764000002000-more-read-models.js';
import { ActivityPercentColumn1764000003000 } from './migrations/1764000003000-activity-percent-column.js';
import { ActivityMoneyColumns1764000004000 } from './migrations/1764000004000-activity-money-columns.js';
import { ProjectionDeadLetters1764000006100 } from './migrations/1764000006100-projection-dead-letters.js';
import { RecordReads1764000016100 } from './migrations/1764000016100-record-reads.js';
import { ActivityTitles1764000160400 } from './migrations/1764000160400-activity-titles.js';
import { DecisionTitles1764000160500 } from './migrations/1764000160500-decision-titles.js';
import { MoreTitles1764000160600 } from './migrations/1764000160600-more-titles.js';
import { Reminders1764000170400 } from './migrations/1764000170400-reminders.js';
import { ResultsFramework1764000170200 } from './migrations/1764000170200-results-framework.js';
import { Meetings1764000170300 } from './migrations/1764000170300-meetings.js';
import { Locations1764000170500 } from './migrations/1764000170500-locations.js';
import { DashboardColumns1764000180000 } from './migrations/1764000180000-dashboard-columns.js';
import { ViewClocks1764000190000 } from './migrations/1764000190000-view-clocks.js';
import { AsOfVersions1764000200000 } from './migrations/1764000200000-as-of-versions.js';
import { AsOfVersionsJson1764000210000 } from './migrations/1764000210000-as-of-versions-json.js';
import { ViewsLz41764000220000 } from './migrations/1764000220000-views-lz4.js';
import { ProgressReportsInRows1764000240000 } from './migrations/1764000240000-progress-reports-in-rows.js';
import { ReversedFunding1764000250000 } from './migrations/1764000250000-reversed-funding.js';
import { meetingProjection } from './meetings/meeting.projection.js';
import { organizationProjection } from './organizations/organization-view.js';
import { planProjection } from './plans/plan-view.js';
import { sessionProjection } from './commission/session-view.js';
import { decisionProjection } from './decisions/decision-view.js';
import { recommendationProjection } from './recommendations/recommendation-view.js';
import { indicatorSeriesProjection } from './indicators/indicator-series.projection.js';
import type { Projection } from './projector/projection.js';

export const ALL_PROJECTIONS: readonly Projection[] = [
  organizationProjection,
  planProjection,
  activityProjection,
  indicatorSeriesProjection,
  sessionProjection,
  decisionProjection,
  recommendationProjection,
  meetingProjection,
  auditProjection,
];
export const READ_MODEL_ENTITIES = [ActivityViewRow, AuditEntry, AccessTokenRow];
/** Every migration of the database, event store table included, in order. */
export const ALL_MIGRATIONS = [CreateEvents1764000000000, ReadModels1764000001000, MoreReadModels1764000002000, ActivityPercentColumn1764000003000, ActivityMoneyColumns1764000004000, ProjectionDeadLetters1764000006100, IdempotencyKeys1764000007000, RecordReads1764000016100, AccessTokens1764000050000, Users1764000100000, ActivityTitles1764000160400, DecisionTitles1764000160500, MoreTitles1764000160600, ResultsFramework1764000170200, Meetings1764000170300, Reminders1764000170400, Locations1764000170500, DashboardColumns1764000180000, ViewClocks1764000190000, AsOfVersions1764000200000, AsOfVersionsJson1764000210000, ViewsLz41764000220000, AccessNotices1764000230000, ProgressReportsInRows1764000240000, ReversedFunding1764000250000, IdempotencyAnswers1764000260000];
