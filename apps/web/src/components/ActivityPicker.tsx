import { MultiSelect, Select, type ComboboxParsedItem } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages } from '../api/all-pages';
import { api, unwrap } from '../api/client';
import type { ActivityList, PlanList } from '../api/views';
import { useSearchedItems } from '../hooks/useSearchedItems';
import { searchedByTheApi, withMoreMatches } from './searched-options';

/** How an activity is named in a picker: its code, then its title. */
export const activityLabel = (a: { code: string; title: string }) => `${a.code} · ${a.title}`;

/** The activities of any plan matching what is typed (code or title), grouped under their plan's code (codes repeat from plan to plan), `except` left out. */
function useActivityOptions(typed: string, except: readonly string[]): ComboboxParsedItem[] {
  const { t, i18n } = useTranslation();
  const found = useSearchedItems('activities', typed, (q, pageSize) => unwrap<ActivityList>(api.GET('/activities', { params: { query: { q, pageSize } } })));
  const plans = useQuery({
    queryKey: ['plans', 'all', i18n.language],
    queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))),
  });
  const planCode = (id: string) => plans.data?.items.find((p) => p.id === id)?.code ?? '';
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const a of found.data?.items ?? []) {
    if (except.includes(a.id)) continue;
    const group = planCode(a.planId);
    groups.set(group, [...(groups.get(group) ?? []), { value: a.id, label: activityLabel(a) }]);
  }
  const more = (found.data?.total ?? 0) - (found.data?.items.length ?? 0);
  return withMoreMatches([...groups].map(([group, items]) => ({ group, items })), more, t('picker.moreActivities', { count: more }));
}

type SelectProps = Omit<ComponentProps<typeof Select>, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>;

/** One activity of any plan, under its plan, searched by code or title as it is typed; `except` are left out (those already chosen). */
export function ActivityPicker({ except = [], onChange, ...props }: SelectProps & { except?: readonly string[] }) {
  const [typed, setTyped] = useState('');
  // Once one is chosen the field shows its label: that is not a search, the list offers every activity again.
  const [chosen, setChosen] = useState<string>();
  const data = useActivityOptions(typed === chosen ? '' : typed, except);
  return (
    <Select
      searchable
      searchValue={typed}
      onSearchChange={setTyped}
      filter={searchedByTheApi}
      data={data}
      onChange={(value, option) => {
        setChosen(option?.label);
        onChange?.(value, option);
      }}
      {...props}
    />
  );
}

type MultiSelectProps = Omit<ComponentProps<typeof MultiSelect>, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>;

/** Several activities of any plan, searched by code or title as they are typed. */
export function ActivitiesPicker(props: MultiSelectProps) {
  const [typed, setTyped] = useState('');
  return <MultiSelect searchable searchValue={typed} onSearchChange={setTyped} filter={searchedByTheApi} data={useActivityOptions(typed, [])} {...props} />;
}
