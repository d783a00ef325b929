import { Anchor, Button, Group, Loader, Pagination, Progress, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { activitiesQuery, activityListFilter, plansQuery } from '../api/first-queries';
import { DatedNotice } from '../components/DatedNotice';
import { ErrorNotice } from '../components/ErrorNotice';
import { PlaceFilter } from '../components/PlaceFilter';
import { PlanAgencyFilter } from '../components/PlanAgencyFilter';
import { SortableHeader } from '../components/SortableHeader';
import { clocksQuery, isDated } from '../format/clocks';
import { useSession } from '../session';
import { changedParams } from '../format/search-params';
import { usePercent } from '../hooks/usePercent';

const STATUSES = ['planned', 'in_progress', 'completed', 'suspended', 'cancelled'];

/** The activities with the API's filters and search, paged, today or at a date (asOf, knownAt); the filters live in the URL. */
export default function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const query = activityListFilter(params);
  // A filter changed starts again at the first page.
  const set = (key: string, value: string | null) => setParams(changedParams(params, key === 'page' ? { page: value } : { [key]: value, page: null }));
  const activities = useQuery(activitiesQuery(query, i18n.language));
  // Across plans, codes repeat (every plan has its 1.1): each row then says its plan.
  const plans = useQuery(plansQuery());
  const planCode = (id: string) => plans.data?.items.find((p) => p.id === id)?.code ?? '';
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('activities.title')}</Title>
        {can('admin', 'secretariat') && (
          <Group gap="xs">
            {query.planId && <Button component={Link} variant="default" to={`/plans/${query.planId}/import`}>{t('import.title')}</Button>}
            <Button component={Link} to={`/activities/new${query.planId ? `?planId=${query.planId}` : ''}`}>{t('activityForm.new')}</Button>
          </Group>
        )}
      </Group>
      <Group align="end" component="form" onSubmit={(e) => { e.preventDefault(); set('q', q); }}>
        <TextInput label={t('activities.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <PlanAgencyFilter planId={query.planId} agencyId={query.agencyId} onChange={set} />
        <Select label={t('activities.status')} clearable placeholder={t('activities.any')} data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} value={query.status ?? null} onChange={(value) => set('status', value)} />
        <PlaceFilter country={query.country} province={query.province} onChange={set} />
        <Button type="submit">{t('activities.search')}</Button>
        {query.planId && <Button component="a" variant="default" href={`/plans/${query.planId}/export.csv`}>{t('activities.exportCsv')}</Button>}
      </Group>
      {activities.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {activities.error && <ErrorNotice error={activities.error} />}
      {activities.data && (
        <>
          {isDated(query) && (
            // Opened from a dashboard at a date: the list, and what counts as overdue, are those of that date.
            <DatedNotice clocks={query} todayLabel={t('activities.today')} onToday={() => setParams(changedParams(params, { asOf: null, knownAt: null, page: null }))} />
          )}
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  {!query.planId && <Table.Th>{t('activities.plan')}</Table.Th>}
                  {([['code', 'activities.code'], ['title', 'activities.titleColumn'], ['status', 'activities.status'], ['percentComplete', 'activities.progress'], ['plannedEnd', 'activities.planned']] as const).map(([by, label]) => (
                    <SortableHeader key={by} label={t(label)} by={by} sort={query.sort} onSort={(sort) => set('sort', sort)} />
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activities.data.items.map((a) => (
                  <Table.Tr key={a.id}>
                    {!query.planId && <Table.Td>{planCode(a.planId)}</Table.Td>}
                    <Table.Td>{a.code}</Table.Td>
                    <Table.Td><Anchor component={Link} to={`/activities/${a.id}${clocksQuery(query)}`}>{a.title}</Anchor></Table.Td>
                    <Table.Td>{t(`status.${a.status}`, a.status)}{a.overdue ? ` · ${t('dashboard.overdue')}` : ''}</Table.Td>
                    <Table.Td><Progress value={a.percentComplete} aria-label={`${a.code} ${percent(a.percentComplete)}`} /> <Text size="xs">{percent(a.percentComplete)}</Text></Table.Td>
                    <Table.Td>{a.plannedStart} – {a.plannedEnd}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {activities.data.items.length === 0 && <Text>{t('activities.none')}</Text>}
          <Pagination total={Math.max(1, Math.ceil(activities.data.total / query.pageSize))} value={query.page} onChange={(page) => set('page', String(page))} getControlProps={(control) => ({ 'aria-label': `${t('activities.page')} ${control}` })} />
        </>
      )}
    </Stack>
  );
}
