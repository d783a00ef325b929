import { lazyWithPreload } from 'react-lazy-with-preload';

// Each page's code is fetched when it is first shown, or earlier by preload() (see prefetch.ts).

export const PlansPage = lazyWithPreload(() => import('./PlansPage'));
export const PlanDashboardPage = lazyWithPreload(() => import('./PlanDashboardPage'));
export const ActivitiesPage = lazyWithPreload(() => import('./ActivitiesPage'));
export const ActivityPage = lazyWithPreload(() => import('./ActivityPage'));
export const AuditPage = lazyWithPreload(() => import('./AuditPage'));
export const ReportProgressPage = lazyWithPreload(() => import('./ReportProgressPage'));
export const SessionsPage = lazyWithPreload(() => import('./SessionsPage'));
export const SessionPage = lazyWithPreload(() => import('./SessionPage'));
export const DecisionsPage = lazyWithPreload(() => import('./DecisionsPage'));
export const RecommendationBoardPage = lazyWithPreload(() => import('./RecommendationBoardPage'));
export const DonorsPage = lazyWithPreload(() => import('./DonorsPage'));
export const PortfolioPage = lazyWithPreload(() => import('./PortfolioPage'));
export const ScheduleSessionPage = lazyWithPreload(() => import('./ScheduleSessionPage'));
export const RecordDecisionPage = lazyWithPreload(() => import('./RecordDecisionPage'));
export const UsersPage = lazyWithPreload(() => import('./UsersPage'));
export const OrganizationsPage = lazyWithPreload(() => import('./OrganizationsPage'));
export const NewPlanPage = lazyWithPreload(() => import('./NewPlanPage'));
export const PlanEditPage = lazyWithPreload(() => import('./PlanEditPage'));
export const NewActivityPage = lazyWithPreload(() => import('./NewActivityPage'));
export const EditActivityPage = lazyWithPreload(() => import('./EditActivityPage'));
export const EditDecisionPage = lazyWithPreload(() => import('./EditDecisionPage'));
export const NewRecommendationPage = lazyWithPreload(() => import('./NewRecommendationPage'));
export const MeetingsPage = lazyWithPreload(() => import('./MeetingsPage'));
export const MeetingPage = lazyWithPreload(() => import('./MeetingPage'));
export const NewMeetingPage = lazyWithPreload(() => import('./NewMeetingPage'));
export const IndicatorTablePage = lazyWithPreload(() => import('./IndicatorTablePage'));
export const ResultsFrameworkPage = lazyWithPreload(() => import('./ResultsFrameworkPage'));
export const ImportActivitiesPage = lazyWithPreload(() => import('./ImportActivitiesPage'));
export const ReportsPage = lazyWithPreload(() => import('./ReportsPage'));
export const PasswordPage = lazyWithPreload(() => import('./PasswordPage'));
export const AccountPage = lazyWithPreload(() => import('./AccountPage'));
