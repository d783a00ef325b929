import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Shell } from './components/Shell';
import { SignInPage } from './pages/SignInPage';
import { useSession } from './session';

const PlansPage = lazy(() => import('./pages/PlansPage'));
const PlanDashboardPage = lazy(() => import('./pages/PlanDashboardPage'));
const ActivitiesPage = lazy(() => import('./pages/ActivitiesPage'));
const ActivityPage = lazy(() => import('./pages/ActivityPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const ReportProgressPage = lazy(() => import('./pages/ReportProgressPage'));
const SessionsPage = lazy(() => import('./pages/SessionsPage'));
const SessionPage = lazy(() => import('./pages/SessionPage'));
const DecisionsPage = lazy(() => import('./pages/DecisionsPage'));
const RecommendationBoardPage = lazy(() => import('./pages/RecommendationBoardPage'));
const DonorsPage = lazy(() => import('./pages/DonorsPage'));
const PortfolioPage = lazy(() => import('./pages/PortfolioPage'));
const ScheduleSessionPage = lazy(() => import('./pages/ScheduleSessionPage'));
const RecordDecisionPage = lazy(() => import('./pages/RecordDecisionPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const OrganizationsPage = lazy(() => import('./pages/OrganizationsPage'));
const NewPlanPage = lazy(() => import('./pages/NewPlanPage'));
const PlanEditPage = lazy(() => import('./pages/PlanEditPage'));
const NewActivityPage = lazy(() => import('./pages/NewActivityPage'));
const EditActivityPage = lazy(() => import('./pages/EditActivityPage'));
const NewRecommendationPage = lazy(() => import('./pages/NewRecommendationPage'));
const MeetingsPage = lazy(() => import('./pages/MeetingsPage'));
const MeetingPage = lazy(() => import('./pages/MeetingPage'));
const NewMeetingPage = lazy(() => import('./pages/NewMeetingPage'));
const IndicatorTablePage = lazy(() => import('./pages/IndicatorTablePage'));

/** Signed out: the sign-in page only. Signed in: the pages the role may use, inside the shell. */
export function App() {
  const { me, loading, can } = useSession();
  if (loading) return <Center h="100vh"><Loader role="status" aria-label="loading" /></Center>;
  if (!me) return <SignInPage />;
  return (
    <Shell>
      <Suspense fallback={<Loader role="status" aria-label="loading" />}>
        <Routes>
          <Route path="/" element={<PlansPage />} />
          <Route path="/plans/:id" element={<PlanDashboardPage />} />
          <Route path="/plans/:id/indicators" element={<IndicatorTablePage />} />
          {can('admin', 'secretariat') && <Route path="/plans/new" element={<NewPlanPage />} />}
          {can('admin', 'secretariat') && <Route path="/plans/:id/edit" element={<PlanEditPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/organizations" element={<OrganizationsPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/activities" element={<ActivitiesPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/activities/:id" element={<ActivityPage />} />}
          {can('admin', 'secretariat', 'agency') && <Route path="/activities/:id/report" element={<ReportProgressPage />} />}
          {can('admin', 'secretariat') && <Route path="/activities/new" element={<NewActivityPage />} />}
          {can('admin', 'secretariat') && <Route path="/activities/:id/edit" element={<EditActivityPage />} />}
          {can('admin', 'secretariat') && <Route path="/recommendations/new" element={<NewRecommendationPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/meetings" element={<MeetingsPage />} />}
          {can('admin', 'secretariat') && <Route path="/meetings/new" element={<NewMeetingPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/meetings/:id" element={<MeetingPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/commission/sessions" element={<SessionsPage />} />}
          {can('admin', 'secretariat') && <Route path="/commission/sessions/new" element={<ScheduleSessionPage />} />}
          {can('admin', 'secretariat') && <Route path="/decisions/new" element={<RecordDecisionPage />} />}
          {can('admin') && <Route path="/admin/users" element={<UsersPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/commission/sessions/:id" element={<SessionPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/decisions" element={<DecisionsPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/recommendations" element={<RecommendationBoardPage />} />}
          <Route path="/donors" element={<DonorsPage />} />
          <Route path="/donors/:id" element={<PortfolioPage />} />
          {can('admin', 'secretariat', 'commission') && <Route path="/audit" element={<AuditPage />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
