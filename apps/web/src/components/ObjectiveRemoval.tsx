import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ObjectiveNode } from '../api/plan-details';
import type { Plan } from '../api/views';
import { usePlanRefresh } from '../hooks/usePlanRefresh';
import { ReasonDialog } from './ReasonDialog';

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
  if (removalRefused(objective, plan)) return null;
  return (
    <ReasonDialog
      size="xs"
      button={t('planCourse.remove.button')}
      title={t('planCourse.remove.label', { code: objective.code })}
      submitLabel={t('planCourse.remove.submit')}
      reasonHint={t('planCourse.remove.reasonHint')}
      revision={plan.revision}
      send={(reason, headers) =>
        api.POST('/plans/{id}/objectives/{objective}/remove', {
          params: { path: { id: plan.id, objective: objective.objectiveId } },
          body: { reason },
          headers,
        })
      }
      refresh={refresh}
    >
      <Text size="sm" mb="sm">
        {objective.code} · {objective.title}
      </Text>
      <Text size="sm" c="gray.7" mb="md">
        {t('planCourse.remove.lead')}
      </Text>
    </ReasonDialog>
  );
}
