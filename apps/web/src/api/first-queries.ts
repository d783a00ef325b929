import { queryOptions } from '@tanstack/react-query';
import type { Clocks } from '../format/clocks';
import { api, unwrap } from './client';
import { allPages } from './all-pages';
import type { paths } from './schema';
import type { Activity, ActivityList, Dashboard, PlanList, ReportingStatus } from './views';

// The first question of the pages people open most, shared by the page and by the prefetch at boot
// (one key: the page finds the answer already asked for).

export const plansQuery = () =>
  queryOptions({ queryKey: ['plans'], queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))) });

/** A plan's reporting status at the dashboard's clocks: one key, so the dashboard's card and the Reports page share the answer. */
export const reportingQuery = (planId: string, asOf: string | undefined, knownAt: string | undefined, language: string) =>
  queryOptions({
    queryKey: ['reporting', planId, asOf, knownAt, language],
    queryFn: () => unwrap<ReportingStatus>(api.GET('/plans/{id}/reporting', { params: { path: { id: planId }, query: { asOf, knownAt } } })),
  });

export const dashboardQuery = (id: string, asOf: string | undefined, knownAt: string | undefined, language: string) =>
  queryOptions({
    queryKey: ['dashboard', id, asOf, knownAt, language],
    queryFn: () => unwrap<Dashboard>(api.GET('/plans/{id}/dashboard', { params: { path: { id }, query: { asOf, knownAt } } })),
  });

/** One activity, today or at the clocks a dated page was opened at (a list or dashboard at a date links with them). */
export const activityQuery = (id: string, language: string, clocks: Clocks = {}) =>
  queryOptions({
    queryKey: ['activity', id, language, clocks.asOf, clocks.knownAt],
    queryFn: () => unwrap<Activity>(api.GET('/activities/{id}', { params: { path: { id }, query: { asOf: clocks.asOf, knownAt: clocks.knownAt } } })),
  });

/** The activities list's question to the API: its filters, search, order and page, and its clocks (asOf, knownAt), from its address's parameters. */
export function activityListFilter(params: URLSearchParams) {
  const named = (key: string) => params.get(key) ?? undefined;
  const [planId, agencyId, status, overdue, country, province, district, q, sort, asOf, knownAt] = [
    'planId',
    'agencyId',
    'status',
    'overdue',
    'country',
    'province',
    'district',
    'q',
    'sort',
    'asOf',
    'knownAt',
  ].map(named);
  // Where a write was recorded (an import's position): the list waits until it shows it.
  const minPosition = named('minPosition');
  return { planId, agencyId, status, overdue, country, province, district, q, sort, asOf, knownAt, minPosition, page: Number(params.get('page') ?? 1), pageSize: 25 };
}

export const activitiesQuery = (filter: ReturnType<typeof activityListFilter>, language: string) =>
  queryOptions({
    queryKey: ['activities', filter, language],
    queryFn: () => unwrap<ActivityList>(api.GET('/activities', { params: { query: listQuery(filter) } })),
  });

type ActivityListQuery = NonNullable<paths['/activities']['get']['parameters']['query']>;

/** The address's words in the API's types: a status or order it does not know is sent as written and refused there. */
function listQuery({ overdue, status, sort, ...rest }: ReturnType<typeof activityListFilter>): ActivityListQuery {
  return { ...rest, overdue: overdue === undefined ? undefined : overdue === 'true', status: status as ActivityListQuery['status'], sort: sort as ActivityListQuery['sort'] };
}
