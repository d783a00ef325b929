import { Anchor, Card, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { dashboardQuery } from '../api/first-queries';
import { BudgetChart } from '../charts/BudgetChart';
import { clocksOf, clocksParams, clocksQuery } from '../format/clocks';
import { ErrorNotice } from '../components/ErrorNotice';
import { PlacesCard } from '../components/PlacesCard';
import { ReportingCard } from '../components/ReportingCard';
import { StatusCounts } from '../components/StatusCounts';
import { TimeTravelControl } from '../components/TimeTravelControl';
import { useAmount } from '../hooks/useAmount';
import { useSession } from '../session';
import { titleIn } from './PlansPage';
import { usePercent } from '../hooks/usePercent';

/** A figure with its label, linking to the list behind it. */
function Figure({ label, value, to }: { label: string; value: string | number; to?: string }) {
  return (
    <Card withBorder>
      <Text size="sm" c="gray.7">{label}</Text>
      {to ? <Anchor component={Link} to={to} fz="xl" fw={700}>{value}</Anchor> : <Text fz="xl" fw={700}>{value}</Text>}
    </Card>
  );
}

/** The plan's dashboard, live or at a business date and a moment of the record (asOf, knownAt in the URL). */
export default function PlanDashboardPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const [params] = useSearchParams();
  const { asOf, knownAt } = clocksOf(params);
  const dashboard = useQuery(dashboardQuery(id, asOf, knownAt, i18n.language));
  // Donors may not open the lists behind the figures: for them the figures are plain.
  const { can } = useSession();
  const reads = can('admin', 'secretariat', 'agency', 'commission');
  const records = can('admin', 'secretariat');
  // A donor's dashboard has the plan's planned budget beside what that donor alone committed and disbursed.
  const own = can('donor');
  const committed = t(own ? 'dashboard.committedByYou' : 'dashboard.committed');
  const disbursed = t(own ? 'dashboard.disbursedByYou' : 'dashboard.disbursed');
  // The tracking table and the lists behind the figures open at the same clocks as the dashboard.
  const clocks = clocksParams({ asOf, knownAt });
  const travel = clocksQuery({ asOf, knownAt });
  const list = (filter: string) => (reads ? `/activities?${[`planId=${id}`, filter, clocks].filter(Boolean).join('&')}` : undefined);
  const amount = useAmount();
  const d = dashboard.data;
  return (
    <Stack component="main">
      <TimeTravelControl />
      {dashboard.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {dashboard.error && <ErrorNotice error={dashboard.error} />}
      {d && (
        <>
          <div>
            <Text size="sm" c="gray.7">{d.code} · {d.asOf}</Text>
            <Title order={1} size="h2">{titleIn(d.title, i18n.language)}</Title>
            <Group gap="md">
              <Anchor component={Link} to={`/plans/${id}/indicators${travel}`} size="sm">{t('tracking.title')}</Anchor>
              {records && <Anchor component={Link} to={`/plans/${id}/edit`} size="sm">{t('planForm.editTitle')}</Anchor>}
              {records && <Anchor component={Link} to={`/plans/${id}/results`} size="sm">{t('resultsFramework.title')}</Anchor>}
              {records && <Anchor component={Link} to={`/plans/${id}/import`} size="sm">{t('import.title')}</Anchor>}
            </Group>
          </div>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('dashboard.percentComplete')} value={percent(d.percentComplete)} />
            <Figure label={t('dashboard.activities')} value={d.activities.total} to={list('')} />
            <Figure label={t('dashboard.overdue')} value={d.activities.overdue} to={list('overdue=true')} />
            <Figure label={t('dashboard.decisions')} value={d.decisions.total} to={reads ? '/decisions?view=all' : undefined} />
          </SimpleGrid>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('dashboard.byStatus')}</Title>
            <StatusCounts counts={d.activities.byStatus} linkTo={reads ? (status) => list(`status=${status}`)! : undefined} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('dashboard.byObjective')}</Title>
            <Stack gap="xs">
              {d.byObjective.map((o) => (
                <div key={o.objectiveId}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm">{o.code} {o.title}</Text>
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{percent(o.percentComplete)} · {o.activities}</Text>
                  </Group>
                  <Progress value={o.percentComplete ?? 0} aria-label={`${o.code} ${o.title}`} />
                  {/* The objective's indicators: rolled up from its activities, against the final target. */}
                  {o.indicators.map((i) => (
                    <Text key={i.indicatorId} size="xs" c="dimmed">
                      {i.name}: {i.actual ?? '–'} / {i.target} {i.unit}{i.percentOfTarget === null ? '' : ` (${percent(i.percentOfTarget)})`}
                    </Text>
                  ))}
                </div>
              ))}
            </Stack>
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('dashboard.budget')}</Title>
              {own && <Text size="sm" c="gray.7" mb="xs">{t('dashboard.budgetOwnHint')}</Text>}
              <Table.ScrollContainer minWidth={320}>
                <Table>
                  <Table.Thead><Table.Tr><Table.Th>{t('dashboard.currency')}</Table.Th><Table.Th>{t('dashboard.planned')}</Table.Th><Table.Th>{committed}</Table.Th><Table.Th>{disbursed}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {d.budget.map((b) => <Table.Tr key={b.currency}><Table.Td>{b.currency}</Table.Td><Table.Td>{amount(b.planned)}</Table.Td><Table.Td>{amount(b.committed)}</Table.Td><Table.Td>{amount(b.disbursed)}</Table.Td></Table.Tr>)}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {d.budget.length > 0 && <BudgetChart budget={d.budget} committed={committed} disbursed={disbursed} />}
            </Card>
            <PlacesCard dashboard={d} list={list} />
          </SimpleGrid>
          {reads && <ReportingCard planId={id} asOf={asOf} knownAt={knownAt} />}
          {d.byDonor.length > 0 && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('dashboard.donors')}</Title>
              <Table.ScrollContainer minWidth={420}>
                <Table>
                  <Table.Thead><Table.Tr><Table.Th>{t('activity.donor')}</Table.Th><Table.Th>{t('dashboard.activities')}</Table.Th><Table.Th>{t('dashboard.committed')}</Table.Th><Table.Th>{t('dashboard.disbursed')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {d.byDonor.map((b) => (
                      <Table.Tr key={`${b.donorId}${b.currency}`}>
                        <Table.Td>{reads ? <Anchor component={Link} to={`/donors/${b.donorId}`}>{b.name}</Anchor> : b.name}</Table.Td>
                        <Table.Td>{b.activities}</Table.Td><Table.Td>{amount(b.committed, b.currency)}</Table.Td><Table.Td>{amount(b.disbursed, b.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('dashboard.decisions')}</Title>
              <StatusCounts counts={d.decisions.byStatus} linkTo={reads ? (status) => `/decisions?view=${status}` : undefined} />
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('dashboard.recommendations')}</Title>
              <StatusCounts counts={d.recommendations.byStatus} linkTo={reads ? () => '/recommendations' : undefined} />
            </Card>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
