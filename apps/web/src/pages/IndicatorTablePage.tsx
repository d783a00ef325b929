import { Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import type { IndicatorTable, PlanList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { TimeTravelControl } from '../components/TimeTravelControl';
import { TrackingIndicator } from '../components/TrackingIndicator';

type Level = 'objective' | 'activity';

/** The plan's indicator tracking table: per indicator and period, target, actual and percent of target, by category; live or in time travel. */
export default function IndicatorTablePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const knownAt = params.get('knownAt') ?? undefined;
  const level = (params.get('level') ?? undefined) as Level | undefined;
  const query = { ...(asOf ? { asOf } : {}), ...(knownAt ? { knownAt } : {}), ...(level ? { level } : {}) };
  const table = useQuery({
    queryKey: ['indicator-table', id, query, i18n.language],
    queryFn: () => unwrap<IndicatorTable>(api.GET('/plans/{id}/indicators', { params: { path: { id }, query } })),
  });
  const plans = useQuery({ queryKey: ['plans', i18n.language], queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))) });
  const code = plans.data?.items.find((p) => p.id === id)?.code;
  const d = table.data;
  const codeOf = new Map((d?.indicators ?? []).filter((r) => r.activityId).map((r) => [r.activityId!, r.activityCode ?? '']));
  const chooseLevel = (value: string) =>
    setParams((next) => {
      if (value === 'all') next.delete('level');
      else next.set('level', value);
      return next;
    });
  return (
    <Stack component="main">
      <div>
        <Text size="sm" c="gray.7">{code}{d ? ` · ${t('portfolio.asOf')} ${d.asOf}` : ''}</Text>
        <Title order={1} size="h2">{t('tracking.title')}</Title>
      </div>
      <TimeTravelControl />
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('tracking.level')}
          value={level ?? 'all'}
          onChange={chooseLevel}
          data={[{ value: 'all', label: t('tracking.all') }, { value: 'objective', label: t('tracking.objectives') }, { value: 'activity', label: t('tracking.activities') }]}
        />
        <Button component="a" variant="default" href={`/plans/${id}/indicators.csv?${new URLSearchParams(query)}`} download>{t('tracking.csv')}</Button>
      </Group>
      {table.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {table.error && <ErrorNotice error={table.error} />}
      {d?.indicators.map((row) => <TrackingIndicator key={row.indicatorId} row={row} dimensions={d.dimensions} feederCode={(activityId) => codeOf.get(activityId) ?? activityId.slice(0, 8)} />)}
      {d && d.indicators.length === 0 && <Text>{t('tracking.none')}</Text>}
    </Stack>
  );
}
