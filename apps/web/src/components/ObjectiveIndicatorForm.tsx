import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { usePlanRefresh } from '../hooks/usePlanRefresh';
import { CommandForm } from './CommandForm';
import {
  frameworkBodyOf,
  frameworkPathsOf,
  frameworkRevisionOf,
  frameworkValuesOf,
  hasPeriodTargets,
  IndicatorFrameworkFields,
  type IndicatorFrameworkValues,
} from './IndicatorFrameworkFields';
import { IndicatorMeasureFields, measureBodyOf, measureValuesOf, namesAsField, type IndicatorMeasureValues } from './IndicatorMeasureFields';

type Objective = Plan['objectives'][number];
export type ObjectiveIndicator = NonNullable<Plan['objectiveIndicators']>[number];

interface ObjectiveIndicatorValues extends IndicatorMeasureValues, IndicatorFrameworkValues {
  reason: string;
}

/**
 * Defines an indicator of an objective (what it measures, its type and direction, baseline, a target per
 * year of the plan, its disaggregations), or revises one (`indicator` given) with a reason: a baseline date
 * emptied is removed. Milestones per reporting period, where an indicator was given them over the API, are
 * kept as they are.
 */
export function ObjectiveIndicatorForm({
  plan,
  objective,
  indicator,
  onDone,
}: {
  plan: Plan;
  objective: Objective;
  indicator?: ObjectiveIndicator;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const refresh = usePlanRefresh(plan.id);
  const perPeriod = hasPeriodTargets(indicator);
  const form = useForm<ObjectiveIndicatorValues>({
    initialValues: { ...measureValuesOf(indicator, language), ...frameworkValuesOf(plan, indicator), reason: '' },
  });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) => {
      const path = { id: plan.id, objective: objective.objectiveId };
      if (indicator) {
        return api.POST('/plans/{id}/objectives/{objective}/indicators/{indicator}/revise', {
          params: { path: { ...path, indicator: indicator.indicatorId } },
          body: { ...measureBodyOf(v, language), ...frameworkRevisionOf(v, perPeriod, indicator), reason: v.reason },
          headers,
        });
      }
      const fields = { ...measureBodyOf(v, language), ...frameworkBodyOf(v, perPeriod) };
      return api.POST('/plans/{id}/objectives/{objective}/indicators', { params: { path }, body: fields, headers });
    },
    toFormPaths: (errors, values) => frameworkPathsOf(namesAsField('name')(errors), values),
    async onDone() {
      form.reset();
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={indicator ? t('indicatorForm.revise') : t('resultsFramework.defineSubmit')}
      onReload={() => void refresh().then(onDone)}
    >
      <IndicatorMeasureFields
        inputProps={(field) => form.getInputProps(field)}
        defining={!indicator}
        targetLabel={t('resultsFramework.finalTarget')}
        targetHint={perPeriod ? undefined : t('resultsFramework.finalTargetHint')}
      />
      <IndicatorFrameworkFields
        inputProps={(field) => form.getInputProps(field)}
        yearTargets={form.values.yearTargets}
        catalogue={plan.disaggregations ?? []}
        periodTargets={perPeriod ? indicator!.targets : undefined}
      />
      {indicator && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
