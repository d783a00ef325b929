import { Anchor, Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysFromToday, daysUntil } from '../format/days';
import { useReportsOwed, type ReportOwed } from '../hooks/useReportsOwed';
import { ErrorNotice } from './ErrorNotice';
import { Period } from './Period';

/** How far ahead the list looks: what falls due within it can be prepared now. */
const LOOK_AHEAD_DAYS = 30;

/** When the report is due, and whether it is late already. */
function DueOn({ owed }: { owed: ReportOwed }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" span>
        {owed.dueOn}
      </Text>{' '}
      {owed.overdue ? (
        <Text size="xs" c="red.9" fw={700} span>
          {t('reports.overdue')}
        </Text>
      ) : (
        <Text size="xs" c="gray.7" span>
          {t('reports.dueIn', { count: daysUntil(owed.dueOn) })}
        </Text>
      )}
    </>
  );
}

/**
 * The reports owed over every plan with a reporting calendar, overdue and falling due within a month, oldest
 * due first; for an agency, those of the activities it leads or partners, each with the way to its form for
 * that period.
 */
export function ReportsOwedCard({ agencyId, mayReport }: { agencyId?: string; mayReport: boolean }) {
  const { t } = useTranslation();
  const owed = useReportsOwed(agencyId, daysFromToday(LOOK_AHEAD_DAYS));
  const items = owed.data?.items;
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('reports.owedTitle')}
      </Title>
      <Text size="sm" c="gray.7" mb="xs">
        {t('reports.owedHint', { count: LOOK_AHEAD_DAYS })}
      </Text>
      {owed.error ? <ErrorNotice error={owed.error} /> : null}
      {items && items.length === 0 && <Text size="sm">{t('reports.noneOwed')}</Text>}
      {items && items.length > 0 && (
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
              {items.map((m) => (
                <Table.Tr key={`${m.activityId}${m.periodStart}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.planCode}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/activities/${m.activityId}`}>
                      {m.code} {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Period from={m.periodStart} to={m.periodEnd} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <DueOn owed={m} />
                  </Table.Td>
                  {mayReport && (
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/activities/${m.activityId}/report?${new URLSearchParams({ periodStart: m.periodStart, periodEnd: m.periodEnd })}`}
                        aria-label={`${t('reports.report')} ${m.code} ${m.periodEnd}`}
                      >
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
