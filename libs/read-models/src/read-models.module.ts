import { Module } from '@nestjs/common';
import { ActivityQueries } from './activities/activity.queries.js';
import { ImportReferenceQueries } from './activities/import-references.queries.js';
import { SessionQueries } from './commission/session.queries.js';
import { SessionPackQueries } from './commission/session-pack.queries.js';
import { ReportingQueries } from './reporting/reporting.queries.js';
import { ReportsOwedQueries } from './reporting/reports-owed.queries.js';
import { AuditQueries } from './audit/audit.queries.js';
import { DashboardQueries } from './dashboard/dashboard.queries.js';
import { IndicatorTableQueries } from './results/indicator-table.queries.js';
import { DecisionQueries } from './decisions/decision.queries.js';
import { PortfolioQueries } from './donors/portfolio.queries.js';
import { PlanExportQueries } from './exports/plan-export.queries.js';
import { ProjectionLagProbe } from './projector/projection-lag.js';
import { ProjectionWaiter } from './projector/projection-waiter.js';
import { OrganizationQueries } from './organizations/organization.queries.js';
import { PlanQueries } from './plans/plan.queries.js';
import { MeetingQueries } from './meetings/meeting.queries.js';
import { RecommendationQueries } from './recommendations/recommendation.queries.js';

const QUERIES = [ActivityQueries, ImportReferenceQueries, AuditQueries, DashboardQueries, DecisionQueries, PortfolioQueries, RecommendationQueries, MeetingQueries, ProjectionWaiter, ProjectionLagProbe, PlanExportQueries, OrganizationQueries, PlanQueries, SessionQueries, SessionPackQueries, IndicatorTableQueries, ReportingQueries, ReportsOwedQueries];

/** The query side: services over the read models (needs the persistence module). */
@Module({ providers: QUERIES, exports: QUERIES })
export class ReadModelsModule {}
