import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Activity, Dashboard, PlanList } from './views';

// The first question of the pages people open most, shared by the page and by the prefetch at boot
// (one key: the page finds the answer already asked for).

export const plansQuery = () =>
  queryOptions({ queryKey: ['plans'], queryFn: () => unwrap<PlanList>(api.GET('/plans', { params: { query: { pageSize: 200 } as never } })) });

export const dashboardQuery = (id: string, asOf: string | undefined, knownAt: string | undefined, language: string) =>
  queryOptions({
    queryKey: ['dashboard', id, asOf, knownAt, language],
    queryFn: () => unwrap<Dashboard>(api.GET('/plans/{id}/dashboard', { params: { path: { id }, query: { asOf, knownAt } } })),
  });

export const activityQuery = (id: string, language: string) =>
  queryOptions({ queryKey: ['activity', id, language], queryFn: () => unwrap<Activity>(api.GET('/activities/{id}', { params: { path: { id } } })) });
