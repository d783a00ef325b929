import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { activitiesQuery, activityListFilter, activityQuery, dashboardQuery, plansQuery } from './api/first-queries';
import { clocksOf } from './format/clocks';
import i18n from './i18n';
import { ActivitiesPage, ActivityPage, PlanDashboardPage, PlansPage } from './pages/lazy';

interface FirstAsk {
  path: string;
  page: () => Promise<unknown>;
  data: (queries: QueryClient, params: Record<string, string | undefined>, search: URLSearchParams) => Promise<void>;
}

const FIRST_ASKS: FirstAsk[] = [
  { path: '/', page: PlansPage.preload, data: (queries) => queries.prefetchQuery(plansQuery()) },
  {
    path: '/plans/:id',
    page: PlanDashboardPage.preload,
    data: (queries, { id = '' }, search) => {
      const { asOf, knownAt } = clocksOf(search);
      return queries.prefetchQuery(dashboardQuery(id, asOf, knownAt, i18n.language));
    },
  },
  {
    path: '/activities',
    page: ActivitiesPage.preload,
    data: (queries, _, search) => queries.prefetchQuery(activitiesQuery(activityListFilter(search), i18n.language)),
  },
  {
    path: '/activities/:id',
    page: ActivityPage.preload,
    data: (queries, { id = '' }, search) => queries.prefetchQuery(activityQuery(id, i18n.language, clocksOf(search))),
  },
];

/**
 * Asks for the opened page's code and first data (the plans, a dashboard, the activities list, an
 * activity) while the application boots, beside the question of who is signed in, instead of one after
 * the other: on a distant network each step of that chain is a round trip. Signed out, the data's
 * answer is a refusal nobody sees (the page is not shown, and signing in asks again).
 */
export function prefetchOpenedPage(queries: QueryClient, basename: string, location: Location): void {
  const path = location.pathname.startsWith(basename) ? location.pathname.slice(basename.length) || '/' : location.pathname;
  // A form for a new record (/plans/new, /activities/new) has no record to ask for.
  if (path.endsWith('/new')) return;
  for (const ask of FIRST_ASKS) {
    const match = matchPath(ask.path, path);
    if (!match) continue;
    void ask.page();
    void ask.data(queries, match.params, new URLSearchParams(location.search));
    return;
  }
}
