import { Badge, Button, Card, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { asListedPlan, objectiveRows, type PlanDetails } from '../api/plan-details';
import type { Plan } from '../api/views';
import { AdoptPlanForm } from '../components/AdoptPlanForm';
import { ErrorNotice } from '../components/ErrorNotice';
import { ObjectiveForm } from '../components/ObjectiveForm';
import { ObjectiveRemoval } from '../components/ObjectiveRemoval';
import { PlanCourse } from '../components/PlanCourse';
import { PlanForm } from '../components/PlanForm';
import { RecodeForm } from '../components/RecodeForm';
import { ReportingCalendarForm } from '../components/ReportingCalendarForm';

type Objective = Plan['objectives'][number];

/**
 * A plan's record for the secretariat: its titles corrected, its adoption, revision and closing, its
 * objectives (sub-objectives under theirs) added, corrected and removed.
 */
export default function PlanEditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', id, i18n.language], queryFn: () => unwrap<PlanDetails>(api.GET('/plans/{id}', { params: { path: { id } } })) });
  const [correcting, setCorrecting] = useState<Objective>();
  // The answer holds the objectives as a tree: the table lists every one, each sub-objective under its own.
  const rows = plan.data ? objectiveRows(plan.data.objectives) : [];
  const p: Plan | undefined = plan.data && asListedPlan(plan.data);
  return (
    <Stack component="main" maw={900}>
      {plan.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {plan.error && <ErrorNotice error={plan.error} />}
      {p && (
        <>
          <div>
            <Text size="sm" c="gray.7">{p.code} · {p.periodStart} – {p.periodEnd}</Text>
            <Title order={1} size="h2">{t('planForm.editTitle')}</Title>
            <Badge variant="light" mt="xs">{t(`status.${p.status}`, p.status)}</Badge>
            {p.status === 'closed' && (
              <Text size="sm" mt="xs">
                {p.closeReason ? t('planCourse.close.closedWithReason', { date: p.closedOn, reason: p.closeReason }) : t('planCourse.close.closed', { date: p.closedOn })}
              </Text>
            )}
          </div>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('planForm.correctTitle')}</Title>
            <PlanForm plan={p} onDone={() => undefined} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('recode.title')}</Title>
            <RecodeForm
              code={p.code}
              revision={p.revision}
              hint={t('recode.planHint')}
              recode={(body, headers) => api.POST('/plans/{id}/recode', { params: { path: { id: p.id } }, body, headers })}
              refresh={async () => {
                await queries.invalidateQueries({ queryKey: ['plan'] });
                await queries.invalidateQueries({ queryKey: ['plans'] });
              }}
            />
          </Card>
          {/* Closed, the calendar stays as it was: the plan takes no new one. */}
          {p.status !== 'closed' && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('reporting.title')}</Title>
              <ReportingCalendarForm plan={p} />
            </Card>
          )}
          {p.status === 'draft' && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('planForm.adopt')}</Title>
              <AdoptPlanForm plan={p} />
            </Card>
          )}
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('planForm.objectives')}</Title>
            <Table>
              <Table.Tbody>
                {rows.map(({ objective: o, depth }) => (
                  <Table.Tr key={o.objectiveId}>
                    <Table.Td style={depth > 0 ? { paddingInlineStart: `${0.625 + depth * 1.25}rem` } : undefined}>{o.code}</Table.Td>
                    <Table.Td>{o.title}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setCorrecting(o)} aria-label={`${t('planForm.correctObjective')} ${o.code}`}>{t('organizations.correct')}</Button>
                        <ObjectiveRemoval plan={p} objective={o} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {rows.length > 0 && <Text size="xs" c="gray.7" mt="xs">{t('planCourse.remove.hint')}</Text>}
            {/* Closed, the plan takes no new objective (its objectives can still be corrected). */}
            {p.status !== 'closed' && (
              <>
                <Title order={3} size="h5" mt="md" mb="xs">{t('planForm.addObjective')}</Title>
                {/* Not remounted when the plan is read anew: an objective half typed stays; the form empties itself once it is added. */}
                <ObjectiveForm plan={p} onDone={() => undefined} />
              </>
            )}
          </Card>
          <PlanCourse plan={p} />
          <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => navigate(`/plans/${p.id}/results`)}>{t('resultsFramework.open')}</Button>
          <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => navigate(`/plans/${p.id}`)}>{t('planForm.toDashboard')}</Button>
          <Modal opened={!!correcting} onClose={() => setCorrecting(undefined)} title={correcting ? `${t('planForm.correctObjective')} ${correcting.code}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
            {correcting && <ObjectiveForm plan={p} objective={correcting} onDone={() => setCorrecting(undefined)} />}
          </Modal>
        </>
      )}
    </Stack>
  );
}
