import { Anchor, Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { plansQuery } from '../api/first-queries';
import type { ReportingStatus } from '../api/views';
import { ErrorNotice } from './ErrorNotice';
import { Period } from './Period';

/**
 * The reports due and not in, over every plan with a reporting calendar, oldest due first; for an agency, those
 * of the activities it leads, each with the way to its form.
 */
export function ReportsMissingCard({ leadAgencyId, mayReport }: { leadAgencyId?: string; mayReport: boolean }) {
  const { t, i18n } = useTranslation();
  const plans = useQuery(plansQuery());
  const statuses = useQueries({
    queries: (plans.data?.items ?? []).map((plan) => ({
      queryKey: ['reporting', plan.id, undefined, undefined, i18n.language],
      queryFn: () => unwrap<ReportingStatus>(api.GET('/plans/{id}/reporting', { params: { path: { id: plan.id } } })),
    })),
  });
  const codeOf = new Map((plans.data?.items ?? []).map((p) => [p.id, p.code]));
  const missing = statuses
    .flatMap((s) => (s.data ? s.data.missing.map((m) => ({ ...m, plan: codeOf.get(s.data.planId) ?? '' })) : []))
    .filter((m) => !leadAgencyId || m.leadAgencyId === leadAgencyId)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code));
  const error = plans.error ?? statuses.find((s) => s.error)?.error;
  const loaded = plans.data && statuses.every((s) => s.data);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('reports.missingTitle')}
      </Title>
      {error && <ErrorNotice error={error} />}
      {loaded && missing.length === 0 && <Text size="sm">{t('reports.noneMissing')}</Text>}
      {missing.length > 0 && (
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
