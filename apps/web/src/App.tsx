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

/** Signed out: the sign-in page only. Signed in: the pages the role may use, inside the shell. */
export function App() {
  const { me, loading, can } = useSession();
  if (loading) return <Center h="100vh"><Loader aria-label="loading" /></Center>;
  if (!me) return <SignInPage />;
  return (
    <Shell>
      <Suspense fallback={<Loader aria-label="loading" />}>
        <Routes>
          <Route path="/" element={<PlansPage />} />
          <Route path="/plans/:id" element={<PlanDashboardPage />} />
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/activities" element={<ActivitiesPage />} />}
          {can('admin', 'secretariat', 'agency', 'commission') && <Route path="/activities/:id" element={<ActivityPage />} />}
          {can('admin', 'secretariat', 'commission') && <Route path="/audit" element={<AuditPage />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
