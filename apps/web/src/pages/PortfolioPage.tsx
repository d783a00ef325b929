import { Anchor, Badge, Button, Card, Group, Loader, Pagination, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Portfolio } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAmount } from '../hooks/useAmount';
import { useSession } from '../session';
import { usePercent } from '../hooks/usePercent';

/** Every plan the donor funds in, each offered as the donor's CSV, Excel and IATI downloads. */
function Downloads({ plans }: { plans: Portfolio['plans'] }) {
  const { t } = useTranslation();
  const files = [['export.csv', t('portfolio.csv')], ['export.xlsx', t('portfolio.xlsx')], ['iati.xml', t('portfolio.iati')]] as const;
  return (
    <Stack gap="xs">
      {plans.map(({ planId, code }) => (
        <Group key={planId} gap="xs">
          <Text size="sm" fw={600} miw={200}>{code}</Text>
          {files.map(([file, label]) => (
            <Button key={file} component="a" variant="default" size="xs" href={`/plans/${planId}/${file}`} download aria-label={`${label} ${code}`}>{label}</Button>
          ))}
        </Group>
      ))}
    </Stack>
  );
}

/** One of the donor's amounts of an activity (committed or disbursed), a line per currency. */
function AmountLines({ funding, which }: { funding: NonNullable<Portfolio['activities']>['items'][number]['funding']; which: 'committed' | 'disbursed' }) {
  const amount = useAmount();
  return <>{funding.map((f) => <Text size="xs" key={f.currency}>{amount(f[which], f.currency)}</Text>)}</>;
}

const PAGE_SIZE = 50;

/** What a donor funds: totals committed and disbursed per currency, and each activity's progress and funding. */
export default function PortfolioPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const { can } = useSession();
  const amount = useAmount();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const portfolio = useQuery({
    queryKey: ['portfolio', id, page, i18n.language],
    queryFn: () => unwrap<Portfolio>(api.GET('/donors/{id}/portfolio', { params: { path: { id }, query: { page, pageSize: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const p = portfolio.data;
  const items = p?.activities?.items ?? [];
  const planCode = (planId: string) => p?.plans.find((plan) => plan.planId === planId)?.code ?? '';
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
          <Downloads plans={p.plans} />
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  {[t('activities.plan'), t('activities.code'), t('activities.titleColumn'), t('activities.status'), t('activities.progress'), t('portfolio.committedBy', { donor: p.acronym || p.name }), t('portfolio.disbursedBy', { donor: p.acronym || p.name })].map((label) => <Table.Th key={label}>{label}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{planCode(a.planId)}</Table.Td>
                    <Table.Td>{a.code}</Table.Td>
                    <Table.Td>{readsActivities ? <Anchor component={Link} to={`/activities/${a.id}`}>{a.title}</Anchor> : a.title}</Table.Td>
                    <Table.Td><Badge variant="light">{t(`status.${a.status}`, a.status)}</Badge>{a.overdue && <Badge color="red.9" ml={4}>{t('dashboard.overdue')}</Badge>}</Table.Td>
                    <Table.Td><Progress value={a.percentComplete} aria-label={`${a.code} ${percent(a.percentComplete)}`} /><Text size="xs">{percent(a.percentComplete)}</Text></Table.Td>
                    <Table.Td><AmountLines funding={a.funding} which="committed" /></Table.Td>
                    <Table.Td><AmountLines funding={a.funding} which="disbursed" /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.length === 0 && <Text>{t('portfolio.none')}</Text>}
          {(p.activities?.total ?? 0) > PAGE_SIZE && (
            <Pagination total={Math.ceil((p.activities?.total ?? 0) / PAGE_SIZE)} value={page} onChange={(next) => setParams({ page: String(next) })} getControlProps={(control) => ({ 'aria-label': `${t('activities.page')} ${control}` })} />
          )}
        </>
      )}
    </Stack>
  );
}
