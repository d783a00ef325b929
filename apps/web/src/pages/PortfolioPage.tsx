import { Anchor, Badge, Button, Card, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { PlanList, Portfolio } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAmount } from '../hooks/useAmount';
import { useSession } from '../session';

/** The plans a portfolio's activities belong to, each offered as the donor's CSV, Excel and IATI downloads. */
function Downloads({ planIds }: { planIds: string[] }) {
  const { t } = useTranslation();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => unwrap<PlanList>(api.GET('/plans', { params: { query: { pageSize: 200 } } })) });
  const codeOf = (id: string) => plans.data?.items.find((p) => p.id === id)?.code ?? id.slice(0, 8);
  const files = [['export.csv', t('portfolio.csv')], ['export.xlsx', t('portfolio.xlsx')], ['iati.xml', t('portfolio.iati')]] as const;
  return (
    <Stack gap="xs">
      {planIds.map((planId) => (
        <Group key={planId} gap="xs">
          <Text size="sm" fw={600} miw={200}>{codeOf(planId)}</Text>
          {files.map(([file, label]) => (
            <Button key={file} component="a" variant="default" size="xs" href={`/plans/${planId}/${file}`} download aria-label={`${label} ${codeOf(planId)}`}>{label}</Button>
          ))}
        </Group>
      ))}
    </Stack>
  );
}

/** What a donor funds: totals committed and disbursed per currency, and each activity's progress and funding. */
export default function PortfolioPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useSession();
  const amount = useAmount();
  const portfolio = useQuery({
    queryKey: ['portfolio', id],
    queryFn: () => unwrap<Portfolio>(api.GET('/donors/{id}/portfolio', { params: { path: { id }, query: { pageSize: 200 } } })),
  });
  const p = portfolio.data;
  const items = p?.activities?.items ?? [];
  const planIds = [...new Set(items.map((a) => a.planId))];
  const readsActivities = can('admin', 'secretariat', 'agency', 'commission');
  return (
    <Stack component="main">
      {portfolio.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {portfolio.error && <ErrorNotice error={portfolio.error} />}
      {p && (
        <>
          <div>
            <Text size="sm" c="gray.7">{t('portfolio.asOf')} {p.asOf}</Text>
            <Title order={1} size="h2">{t('portfolio.title', { name: p.name })}</Title>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {p.totals.map((total) => (
              <Card withBorder key={total.currency}>
                <Text size="sm" c="gray.7">{total.currency}</Text>
                <Text fw={700}>{t('dashboard.committed')}: {amount(total.committed)}</Text>
                <Text fw={700}>{t('dashboard.disbursed')}: {amount(total.disbursed)}</Text>
              </Card>
            ))}
          </SimpleGrid>
          <Downloads planIds={planIds} />
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr><Table.Th>{t('activities.code')}</Table.Th><Table.Th>{t('activities.titleColumn')}</Table.Th><Table.Th>{t('activities.status')}</Table.Th><Table.Th>{t('activities.progress')}</Table.Th><Table.Th>{t('activity.funding')}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.code}</Table.Td>
                    <Table.Td>{readsActivities ? <Anchor component={Link} to={`/activities/${a.id}`}>{a.title}</Anchor> : a.title}</Table.Td>
                    <Table.Td><Badge variant="light">{t(`status.${a.status}`, a.status)}</Badge>{a.overdue && <Badge color="red.9" ml={4}>{t('dashboard.overdue')}</Badge>}</Table.Td>
                    <Table.Td><Progress value={a.percentComplete} aria-label={`${a.code} ${a.percentComplete} %`} /><Text size="xs">{a.percentComplete} %</Text></Table.Td>
                    <Table.Td>{a.funding.map((f) => <Text size="xs" key={f.currency}>{amount(f.committed)} / {amount(f.disbursed, f.currency)}</Text>)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.length === 0 && <Text>{t('portfolio.none')}</Text>}
        </>
      )}
    </Stack>
  );
}
