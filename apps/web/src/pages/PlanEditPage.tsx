import { Badge, Button, Card, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Plan } from '../api/views';
import { AdoptPlanForm } from '../components/AdoptPlanForm';
import { ErrorNotice } from '../components/ErrorNotice';
import { ObjectiveForm } from '../components/ObjectiveForm';
import { PlanForm } from '../components/PlanForm';
import { RecodeForm } from '../components/RecodeForm';
import { ReportingCalendarForm } from '../components/ReportingCalendarForm';

type Objective = Plan['objectives'][number];

/** A plan's record for the secretariat: its titles corrected, its adoption, its objectives added and corrected. */
export default function PlanEditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', id, i18n.language], queryFn: () => unwrap<Plan>(api.GET('/plans/{id}', { params: { path: { id } } })) });
  const [correcting, setCorrecting] = useState<Objective>();
  const p = plan.data;
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
          </div>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('planForm.correctTitle')}</Title>
            <PlanForm key={p.revision} plan={p} onDone={() => undefined} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('recode.title')}</Title>
            <RecodeForm
              key={`code-${p.revision}`}
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
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('reporting.title')}</Title>
            <ReportingCalendarForm key={`calendar-${p.revision}`} plan={p} />
          </Card>
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
                {p.objectives.map((o) => (
                  <Table.Tr key={o.objectiveId}>
                    <Table.Td>{o.code}</Table.Td>
                    <Table.Td>{o.title}</Table.Td>
                    <Table.Td><Button size="xs" variant="default" onClick={() => setCorrecting(o)} aria-label={`${t('planForm.correctObjective')} ${o.code}`}>{t('organizations.correct')}</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Title order={3} size="h5" mt="md" mb="xs">{t('planForm.addObjective')}</Title>
            <ObjectiveForm key={`add-${p.revision}`} plan={p} onDone={() => undefined} />
          </Card>
          <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => navigate(`/plans/${p.id}`)}>{t('planForm.toDashboard')}</Button>
          <Modal opened={!!correcting} onClose={() => setCorrecting(undefined)} title={correcting ? `${t('planForm.correctObjective')} ${correcting.code}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
            {correcting && <ObjectiveForm plan={p} objective={correcting} onDone={() => setCorrecting(undefined)} />}
          </Modal>
        </>
      )}
    </Stack>
  );
}
