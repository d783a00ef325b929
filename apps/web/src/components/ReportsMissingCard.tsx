import { Anchor, Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReportsOwed } from '../hooks/useReportsOwed';
import { ErrorNotice } from './ErrorNotice';
import { Period } from './Period';

/**
 * The reports due and not in, over every plan with a reporting calendar, oldest due first; for an agency, those
 * of the activities it leads, each with the way to its form.
 */
export function ReportsMissingCard({ leadAgencyId, mayReport }: { leadAgencyId?: string; mayReport: boolean }) {
  const { t } = useTranslation();
  const { owed: missing, error } = useReportsOwed(leadAgencyId);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('reports.missingTitle')}
      </Title>
      {error ? <ErrorNotice error={error} /> : null}
      {missing && missing.length === 0 && <Text size="sm">{t('reports.noneMissing')}</Text>}
      {missing && missing.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.plan')}</Table.Th>
                <Table.Th>{t('reports.activity')}</Table.Th>
                <Table.Th>{t('reporting.period')}</Table.Th>
                <Table.Th>{t('reporting.due')}</Table.Th>
                {mayReport && (
                  <Table.Th>
                    <VisuallyHidden>{t('reports.report')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {missing.map((m) => (
                <Table.Tr key={`${m.activityId}${m.periodStart}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.plan}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/activities/${m.activityId}`}>
                      {m.code} {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Period from={m.periodStart} to={m.periodEnd} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.dueOn}</Table.Td>
                  {mayReport && (
                    <Table.Td>
                      <Anchor component={Link} to={`/activities/${m.activityId}/report`} aria-label={`${t('reports.report')} ${m.code} ${m.periodEnd}`}>
                        {t('reports.report')}
                      </Anchor>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
