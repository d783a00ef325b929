import { Anchor, Badge, Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { PendingReportList } from '../api/views';
import { titleIn } from '../pages/PlansPage';
import { ErrorNotice } from './ErrorNotice';
import { Period } from './Period';

/** Reports between draft and approval, oldest step first: the secretariat's queue, or one agency's drafts and returns. */
export function ReportsUnderwayCard({ agencyId }: { agencyId?: string }) {
  const { t, i18n } = useTranslation();
  const reports = useQuery({
    queryKey: ['pending-reports', agencyId],
    queryFn: () => unwrap<PendingReportList>(api.GET('/progress-reports', { params: { query: { agencyId } } })),
  });
  const items = reports.data?.items ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('approval.title')}
      </Title>
      {reports.error && <ErrorNotice error={reports.error} />}
      {reports.data && items.length === 0 && <Text size="sm">{t('reports.noneUnderway')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.activity')}</Table.Th>
                <Table.Th>{t('reporting.period')}</Table.Th>
                <Table.Th>{t('reports.stage')}</Table.Th>
                <Table.Th>{t('reports.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={`${r.activityId}${r.periodStart}${r.periodEnd}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/activities/${r.activityId}`}>
                      {r.code} {titleIn(r.titles, i18n.language)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Period from={r.periodStart} to={r.periodEnd} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`approval.stage.${r.stage}`, r.stage)}</Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.since.slice(0, 10)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
