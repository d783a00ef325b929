import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Shell } from './components/Shell';
import {
  PlansPage,
  PlanDashboardPage,
  ActivitiesPage,
  ActivityPage,
  AuditPage,
  ReportProgressPage,
  SessionsPage,
  SessionPage,
  DecisionsPage,
  RecommendationBoardPage,
  DonorsPage,
  PortfolioPage,
  ScheduleSessionPage,
  RecordDecisionPage,
  UsersPage,
  OrganizationsPage,
  NewPlanPage,
  PlanEditPage,
  NewActivityPage,
  EditActivityPage,
  EditDecisionPage,
  NewRecommendationPage,
  MeetingsPage,
  MeetingPage,
  NewMeetingPage,
  IndicatorTablePage,
  ResultsFrameworkPage,
  ImportActivitiesPage,
  ReportsPage,
  PasswordPage,
  AccountPage,
} from './pages/lazy';
import { SignInPage } from './pages/SignInPage';
import { useSession } from './session';

/** Signed out: the sign-in page only. Signed in: the pages the role may use, inside the shell. */
export function App() {
  const { me, loading, can } = useSession();
  if (loading) return <Center h="100vh"><Loader role="status" aria-label="loading" /></Center>;
  // Signed out, an invitation or reset link still opens its page; any other address asks to sign in first.
  if (!me) {
    return (
      <Suspense fallback={<Loader role="status" aria-label="loading" />}>
        <Routes>
          <Route path="/password" element={<PasswordPage />} />
          <Route path="*" element={<SignInPage />} />
        </Routes>
      </Suspense>
    );
  }
  return (
    <Shell>
      <Suspense fallback={<Loader role="status" aria-label="loading" />}>
        <Routes>
          <Route path="/" element={<PlansPage />} />
          <Route path="/plans/:id" element={<PlanDashboardPage />} />
          <Route path="/plans/:id/indicators" element={<IndicatorTablePage />} />
          {/* For everyone: a role that may not import is told so on the page. */}
          <Route path="/plans/:id/import" element={<ImportActivitiesPage />} />
          {can('admin', 'secretariat') && <Route path="/plans/new" element={<NewPlanPage />} />}
          {can('admin', 'secretariat') && <Route path="/plans/:id/edit" element={<PlanEditPage />} />}
          {can('admin', 'secretariat') && <Route path="/plans/:id/results" element={<ResultsFrameworkPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/organizations" element={<OrganizationsPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/activities" element={<ActivitiesPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/activities/:id" element={<ActivityPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/reports" element={<ReportsPage />} />}
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
          {can('admin', 'secretariat') && <Route path="/decisions/:id/edit" element={<EditDecisionPage />} />}
          {can('admin') && <Route path="/admin/users" element={<UsersPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/commission/sessions/:id" element={<SessionPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/decisions" element={<DecisionsPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/recommendations" element={<RecommendationBoardPage />} />}
          <Route path="/donors" element={<DonorsPage />} />
          <Route path="/donors/:id" element={<PortfolioPage />} />
          {can('admin', 'secretariat', 'commission') && <Route path="/audit" element={<AuditPage />} />}
          <Route path="/password" element={<PasswordPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
