import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages } from '../api/all-pages';
import { api, unwrap } from '../api/client';
import type { ActivityList, PlanList } from '../api/views';

/** Every activity of every plan, in the interface's language: to pick one, or to name those already picked. */
export function useAllActivities() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['activities', 'all', i18n.language],
    queryFn: () => allPages((page) => unwrap<ActivityList>(api.GET('/activities', { params: { query: { page, pageSize: 200 } } }))),
  });
}

/** How an activity is named in a picker: its code, then its title. */
export const activityLabel = (a: { code: string; title: string }) => `${a.code} · ${a.title}`;

/** Every activity as a picker's options, grouped under its plan's code (codes repeat from plan to plan), `except` left out. */
export function useActivityOptions(except: readonly string[] = []) {
  const { i18n } = useTranslation();
  const activities = useAllActivities();
  const plans = useQuery({
    queryKey: ['plans', 'all', i18n.language],
    queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))),
  });
  const planCode = (id: string) => plans.data?.items.find((p) => p.id === id)?.code ?? '';
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const a of activities.data?.items ?? []) {
    if (except.includes(a.id)) continue;
    const group = planCode(a.planId);
    groups.set(group, [...(groups.get(group) ?? []), { value: a.id, label: activityLabel(a) }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** One activity of any plan, under its plan, searchable by code or title; `except` are left out (those already chosen). */
export function ActivityPicker({ except = [], ...props }: Omit<ComponentProps<typeof Select>, 'data'> & { except?: readonly string[] }) {
  return <Select searchable data={useActivityOptions(except)} {...props} />;
}
