import { Button, Modal, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ObjectiveNode } from '../api/plan-details';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { usePlanRefresh } from '../hooks/usePlanRefresh';
import { CommandForm } from './CommandForm';

/**
 * Whether the page can already tell the API would refuse the removal (libs/domain/src/plan/plan-corrections):
 * a sub-objective, an activity (as the activities read model counts them) or an indicator hangs under it.
 */
export function removalRefused(objective: ObjectiveNode, plan: Pick<Plan, 'objectiveIndicators'>): boolean {
  return (
    objective.children.length > 0 ||
    objective.activityCount > 0 ||
    (plan.objectiveIndicators ?? []).some((indicator) => indicator.objectiveId === objective.objectiveId)
  );
}

/**
 * "Remove" for an objective entered by mistake, with a reason, in a dialog; based on the plan's revision
 * read. Nothing for an objective the API would refuse to remove; a refusal the page could not foresee (an
 * activity planned meanwhile) is said in the dialog.
 */
export function ObjectiveRemoval({ plan, objective }: { plan: Plan; objective: ObjectiveNode }) {
  const { t } = useTranslation();
  const refresh = usePlanRefresh(plan.id);
  const [open, setOpen] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: ({ reason }, headers) =>
      api.POST('/plans/{id}/objectives/{objective}/remove', { params: { path: { id: plan.id, objective: objective.objectiveId } }, body: { reason }, headers }),
    async onDone() {
      await refresh();
      setOpen(false);
      form.reset();
    },
  });
  if (removalRefused(objective, plan)) return null;
  const label = t('planCourse.remove.label', { code: objective.code });
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)} aria-label={label}>
        {t('planCourse.remove.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={label} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        <Text size="sm" mb="sm">
          {objective.code} · {objective.title}
        </Text>
        <Text size="sm" c="gray.7" mb="md">
          {t('planCourse.remove.lead')}
        </Text>
        <CommandForm
          onSubmit={form.onSubmit}
          command={command}
          submitLabel={t('planCourse.remove.submit')}
          onReload={() => {
            void refresh();
            setOpen(false);
          }}
        >
          <Textarea
            label={t('report.reason')}
            description={t('planCourse.remove.reasonHint')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
        </CommandForm>
      </Modal>
    </>
  );
}
