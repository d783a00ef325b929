import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { ApplicationModule, RemindersModule } from '#application';
import { PersistenceModule, type AppConfig } from '#platform';
import { ALL_MIGRATIONS, ProjectorService, READ_MODEL_ENTITIES, ReadModelsModule } from '#read-models';
import { ActivitiesController } from './activities/activities.controller.js';
import { ActivityImportController } from './activities/import/activity-import.controller.js';
import { ActivityImportService } from './activities/import/activity-import.service.js';
import { AuthModule } from './auth/auth.module.js';
import { ExpensiveReadsInterceptor } from './auth/expensive-reads.interceptor.js';
import { CommissionSessionsController } from './commission-sessions/commission-sessions.controller.js';
import { DecisionsController } from './decisions/decisions.controller.js';
import { HealthController } from './operations/health.controller.js';
import { MetricsController } from './operations/metrics.controller.js';
import { PlanExportsController } from './exports/plan-exports.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditVerifyController } from './audit/audit-verify.controller.js';
import { RemindersController } from './reminders/reminders.controller.js';
import { AuditDigestController } from './audit/audit-digest.controller.js';
import { DecisionTrackerController } from './decisions/decision-tracker.controller.js';
import { PortfolioController } from './donors/portfolio.controller.js';
import { PlanDashboardController } from './plans/plan-dashboard.controller.js';
import { RecommendationPipelineController } from './recommendations/recommendation-pipeline.controller.js';
import { ETagInterceptor } from './http/etag.interceptor.js';
import { MinPositionInterceptor } from './http/min-position.interceptor.js';
import { TitleLanguageInterceptor } from './http/title-language.interceptor.js';
import { ProblemFilter } from './http/problem.filter.js';
import { createValidationPipe } from './http/validation.js';
import { OrganizationsController } from './organizations/organizations.controller.js';
import { OrganizationReadsController } from './organizations/organization-reads.controller.js';
import { PlanReadsController } from './plans/plan-reads.controller.js';
import { PlanReportingController } from './plans/plan-reporting.controller.js';
import { SessionReadsController } from './commission-sessions/session-reads.controller.js';
import { SessionPackController } from './commission-sessions/pack/session-pack.controller.js';
import { PlansController } from './plans/plans.controller.js';
import { PlanResultsController } from './results/plan-results.controller.js';
import { IndicatorTableController } from './results/indicator-table.controller.js';
import { RecommendationsController } from './recommendations/recommendations.controller.js';
import { MeetingsController } from './meetings/meetings.controller.js';
import { MeetingReadsController } from './meetings/meeting-reads.controller.js';
import { MeetingIndexModule } from './meetings/meeting-index.module.js';
import { GeographyController } from './geography/geography.controller.js';
import { ProgressReportsController } from './progress-reports/progress-reports.controller.js';
import { ReportsOwedController } from './progress-reports/reports-owed.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PersistenceModule.forRoot(config, { migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES, maintainEmbedded: true }),
        CqrsModule.forRoot(),
        ApplicationModule,
        RemindersModule.forRoot({ schedule: config.RUN_PROJECTOR }),
        ReadModelsModule,
        MeetingIndexModule,
        TerminusModule,
        AuthModule,
      ],
      controllers: [
        GeographyController,
        ProgressReportsController,
        ReportsOwedController,
        OrganizationsController,
        PlansController,
        PlanResultsController,
        IndicatorTableController,
        ActivitiesController,
        ActivityImportController,
        CommissionSessionsController,
        DecisionsController,
        RecommendationsController,
        MeetingsController,
        PlanDashboardController,
        PlanExportsController,
        PortfolioController,
        DecisionTrackerController,
        RecommendationPipelineController,
        MeetingReadsController,
        OrganizationReadsController,
        PlanReadsController,
        PlanReportingController,
        SessionReadsController,
        SessionPackController,
        AuditController,
        AuditVerifyController,
        AuditDigestController,
        RemindersController,
        HealthController,
        MetricsController,
      ],
      providers: [
        ...(config.RUN_PROJECTOR ? [ProjectorService] : []),
        ActivityImportService,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // In this order: an expensive read holds its slot from arrival, through a minPosition wait.
        { provide: APP_INTERCEPTOR, useClass: ExpensiveReadsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ETagInterceptor },
        { provide: APP_INTERCEPTOR, useClass: TitleLanguageInterceptor },
      ],
    };
  }
}
