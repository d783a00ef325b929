import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reportingQuery } from '../api/first-queries';
import { ErrorNotice } from './ErrorNotice';
import { Period } from './Period';

/** The reporting cycle on the dashboard: per period, reports expected, in and missing; how many are missing in all, the oldest of them, and the way to the Reports page. */
export function ReportingCard({ planId, asOf, knownAt }: { planId: string; asOf?: string; knownAt?: string }) {
  const { t, i18n } = useTranslation();
  const status = useQuery(reportingQuery(planId, asOf, knownAt, i18n.language));
  const s = status.data;
  // On a plan with approval, what is in splits into what counts (approved) and what awaits the secretariat.
  const approval = s?.calendar?.approval ?? false;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('reporting.title')}</Title>
      {status.error && <ErrorNotice error={status.error} />}
      {s && !s.calendar && <Text size="sm">{t('reporting.noCalendar')}</Text>}
      {s?.calendar && (
        <>
          <Text size="sm" c="gray.7">{t(`reporting.frequency.${s.calendar.frequency}`)} · {t('reporting.dueDays', { days: s.calendar.dueDays })}{approval ? ` · ${t('reporting.withApproval')}` : ''}</Text>
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reporting.period')}</Table.Th><Table.Th>{t('reporting.due')}</Table.Th><Table.Th>{t('reporting.expected')}</Table.Th><Table.Th>{t('reporting.submitted')}</Table.Th>
                  {approval && <><Table.Th>{t('reporting.approved')}</Table.Th><Table.Th>{t('reporting.awaitingApproval')}</Table.Th></>}
                  <Table.Th>{t('reporting.missing')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.periods.slice(-4).map((p) => (
                  <Table.Tr key={p.periodStart}>
                    <Table.Td><Period from={p.periodStart} to={p.periodEnd} /></Table.Td><Table.Td style={{ whiteSpace: 'nowrap' }}>{p.dueOn}</Table.Td><Table.Td>{p.expected}</Table.Td><Table.Td>{p.submitted}</Table.Td>
                    {approval && <><Table.Td>{p.approved}</Table.Td><Table.Td>{p.awaitingApproval}</Table.Td></>}
                    <Table.Td>{p.missing}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {s.missing.length > 0 && (
            // The oldest few only, likely from periods long before the table's: how many there are in all,
            // and the Reports page, which lists every report owed.
            <Text size="sm" mt="xs">{t('reporting.missingInAll', { count: s.missing.length })}</Text>
          )}
          {s.missing.slice(0, 5).map((m) => (
            <Text size="xs" key={`${m.activityId}${m.periodStart}`}><Anchor component={Link} to={`/activities/${m.activityId}`} size="xs">{m.code} {m.title}</Anchor> · {m.periodStart} – {m.periodEnd} · {t('reporting.due')} {m.dueOn}</Text>
          ))}
          {s.missing.length > 0 && <Text size="sm" mt={4}><Anchor component={Link} to="/reports" size="sm">{t('reporting.allOwed')}</Anchor></Text>}
        </>
      )}
    </Card>
  );
}
