import type { components, operations } from './schema';

/**
 * The answers this application reads, named for the pages: each is the generated type of the API's
 * OpenAPI document, so a changed answer breaks the build, not a page.
 */
type Schemas = components['schemas'];
type Ok<Operation extends keyof operations> = operations[Operation]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;

export type Titles = Partial<Record<'en' | 'ru' | 'tg', string>>;
export type Me = Schemas['MeDto'];
export type PasswordLink = Schemas['PasswordLinkDto'];
export type Role = Me['role'];
export type PlanList = Ok<'PlanReadsController_list'>;
export type Dashboard = Schemas['DashboardDto'];
export type Geography = Schemas['GeographyDto'];
export type Location = Schemas['ActivityLocationDto'];
export type ActivityList = Ok<'ActivitiesController_list'>;
export type Activity = Schemas['ActivityDto'];
export type History = Ok<'ActivitiesController_history'>;
export type HistoryEntry = History['items'][number];
export type AuditTrail = Ok<'AuditController_list'>;
export type AuditVerification = Schemas['AuditVerificationDto'];
export type OrganizationList = Ok<'OrganizationReadsController_list'>;
export type SessionList = Ok<'SessionReadsController_list'>;
export type SessionDetails = Schemas['SessionDetailsDto'];
export type DecisionList = Ok<'DecisionTrackerController_list'>;
export type DecisionListQuery = NonNullable<operations['DecisionTrackerController_list']['parameters']['query']>;
export type Decision = Schemas['DecisionDto'];
export type RecommendationList = Ok<'RecommendationPipelineController_list'>;
export type Recommendation = Schemas['RecommendationDto'];
export type Portfolio = Schemas['PortfolioDto'];
export type ApiProblemBody = Schemas['ApiErrorDto'];
export type RecordDecision = Schemas['RecordDecisionDto'];
export type UserList = Ok<'UsersController_list'>;
export type User = Schemas['ManagedUserDto'];
export type TokenList = Ok<'TokensController_list'>;
export type AuditDigest = Schemas['AuditDigestDto'];
export type Organization = Schemas['OrganizationDto'];
export type Plan = Schemas['PlanDto'];
export type OrganizationKind = Schemas['RegisterOrganizationDto']['kind'];
export type PlanActivity = Schemas['PlanActivityDto'];
export type ReportingStatus = Schemas['ReportingStatusDto'];
export type ReportsOwed = Schemas['ReportsOwedDto'];
export type MeetingList = Ok<'MeetingReadsController_list'>;
export type Meeting = Schemas['MeetingDto'];
export type MeetingDetails = Schemas['MeetingDetailsDto'];
export type MeetingKind = Schemas['MeetingKind'];
export type IndicatorTable = Schemas['IndicatorTableDto'];
export type TrackingRow = Schemas['TrackingRowDto'];
export type Dimension = Schemas['DimensionDto'];
export type ActivityImport = Schemas['ActivityImportDto'];
export type ImportedActivity = Schemas['ImportedActivityDto'];
export type PendingReportList = Ok<'ProgressReportsController_list'>;
