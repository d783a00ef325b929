import { Loader, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { asListedPlan, type PlanDetails } from '../api/plan-details';
import { removedOrChanged } from '../api/removed-or-changed';
import type { components } from '../api/schema';
import { useCommand } from '../api/useCommand';
import type { Activity, Plan } from '../api/views';
import { useActivityRefresh } from '../hooks/useActivityRefresh';
import { CommandForm } from './CommandForm';
import { ErrorNotice } from './ErrorNotice';
import {
  frameworkBodyOf,
  frameworkPathsOf,
  frameworkRevisionOf,
  frameworkValuesOf,
  hasPeriodTargets,
  IndicatorFrameworkFields,
  type IndicatorFrameworkValues,
  type IndicatorType,
} from './IndicatorFrameworkFields';
import { IndicatorMeasureFields, measureBodyOf, measureValuesOf, namesAsField, type IndicatorMeasureValues } from './IndicatorMeasureFields';
import { IndicatorRollUpFields } from './IndicatorRollUpFields';

type Indicator = Activity['indicators'][number];
type RollUpMethod = components['schemas']['RollUpMethod'];
type RollUp = components['schemas']['RollUpDto'];

interface IndicatorValues extends IndicatorMeasureValues, IndicatorFrameworkValues {
  /** The objective indicator it rolls up to; '' for none. */
  rollsUpTo: string;
  rollUpMethod: RollUpMethod;
  reason: string;
}

/**
 * The domain's rule of rolling up: by sum, a number into a number; by "latest", into an indicator of the
 * same type. So only objective indicators of the indicator's own type are offered, and a sum only for numbers.
 */
const methodsFor = (type: IndicatorType): RollUpMethod[] => (type === 'number' ? ['sum', 'latest'] : ['latest']);
const defaultMethod = (type: IndicatorType): RollUpMethod => methodsFor(type)[0];
const sameRollUp = (a: RollUp, b: RollUp) => a.objectiveIndicatorId === b.objectiveIndicatorId && a.method === b.method;

/**
 * Defines an indicator of an activity, or revises one (`indicator` given) with a reason: what it measures
 * (the name in the interface's language), its type and direction, baseline, a target per year of the plan,
 * the dimensions of the plan's catalogue its values are split by, and the objective indicator of the plan
 * it rolls up to. A revision removes a baseline date emptied, and a roll-up set to "Does not roll up".
 * Milestones per reporting period, where it was given them over the API, are kept as they are.
 */
export function IndicatorForm({ activity, indicator, onDone }: { activity: Activity; indicator?: Indicator; onDone(): void }) {
  const { t, i18n } = useTranslation();
  // The plan record's own question (its period, catalogue and objective indicators); its objectives come as a tree.
  const plan = useQuery({
    queryKey: ['plan', activity.planId, i18n.language],
    queryFn: () => unwrap<PlanDetails>(api.GET('/plans/{id}', { params: { path: { id: activity.planId } } })),
    select: asListedPlan,
    // Another language asked for keeps the form, and what was typed in it, while the answer comes.
    placeholderData: (previous) => previous,
  });
  if (plan.error) return <ErrorNotice error={plan.error} />;
  if (!plan.data) return <Loader role="status" aria-label={t('loading')} />;
  return <ActivityIndicatorForm activity={activity} plan={plan.data} indicator={indicator} onDone={onDone} />;
}

function ActivityIndicatorForm({ activity, plan, indicator, onDone }: { activity: Activity; plan: Plan; indicator?: Indicator; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const perPeriod = hasPeriodTargets(indicator);
  const storedRollUp: RollUp | null = indicator?.rollsUpTo ?? null;
  const framework = frameworkValuesOf(plan, indicator);
  const form = useForm<IndicatorValues>({
    initialValues: {
      ...measureValuesOf(indicator, language),
      ...framework,
      rollsUpTo: storedRollUp?.objectiveIndicatorId ?? '',
      rollUpMethod: storedRollUp?.method ?? defaultMethod(framework.type),
      reason: '',
    },
  });
  const objectiveIndicators = plan.objectiveIndicators ?? [];
  const refresh = useActivityRefresh(activity);
  const command = useCommand({
    form,
    basedOn: activity.revision,
    send: (v, headers) => {
      const rollUp: RollUp | null = v.rollsUpTo ? { objectiveIndicatorId: v.rollsUpTo, method: v.rollUpMethod } : null;
      if (indicator) {
        return api.POST('/activities/{id}/indicators/{indicator}/revise', {
          params: { path: { id: activity.id, indicator: indicator.indicatorId } },
          body: {
            ...measureBodyOf(v, language),
            ...frameworkRevisionOf(v, perPeriod, indicator),
            rollsUpTo: removedOrChanged(storedRollUp, rollUp, sameRollUp),
            reason: v.reason,
          },
          headers,
        });
      }
      const fields = { ...measureBodyOf(v, language), ...frameworkBodyOf(v, perPeriod), ...(rollUp ? { rollsUpTo: rollUp } : {}) };
      return api.POST('/activities/{id}/indicators', { params: { path: { id: activity.id } }, body: fields, headers });
    },
    // `rollsUpTo.objectiveIndicatorId` and `rollsUpTo.method` (a type that cannot roll up so) beside the objective indicator chosen.
    toFormPaths: (errors, values) =>
      Object.fromEntries(
        Object.entries(frameworkPathsOf(namesAsField('name')(errors), values)).map(([path, message]) => [
          path.replace(/^rollsUpTo(\..*)?$/, 'rollsUpTo'),
          message,
        ]),
      ),
    async onDone() {
      form.reset();
      await refresh();
      onDone();
    },
  });
  // Another type: an objective indicator of the former type no longer fits, nor a sum of what is not a number.
  const changeType = (type: IndicatorType | null) => {
    if (!type) return;
    form.setFieldValue('type', type);
    const chosen = objectiveIndicators.find((i) => i.indicatorId === form.values.rollsUpTo);
    if (chosen && chosen.type !== type) form.setFieldValue('rollsUpTo', '');
    form.setFieldValue('rollUpMethod', defaultMethod(type));
  };
  const fitting = objectiveIndicators.filter((i) => i.type === form.values.type);
  const rollUpTargets = plan.objectives
    .map((o) => ({
      group: `${o.code} ${o.title}`,
      items: fitting.filter((i) => i.objectiveId === o.objectiveId).map((i) => ({ value: i.indicatorId, label: `${i.name} (${i.unit})` })),
    }))
    .filter((group) => group.items.length > 0);
  // The objective indicator it fed when the form opened: named where the form says what stopping does.
  const fed = storedRollUp && objectiveIndicators.find((i) => i.indicatorId === storedRollUp.objectiveIndicatorId);
  const rolledUpTo = storedRollUp && (fed ? `${fed.name} (${fed.unit})` : storedRollUp.objectiveIndicatorId);
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={indicator ? t('indicatorForm.revise') : t('indicatorForm.define')}
      onReload={() => void refresh()}
    >
      <IndicatorMeasureFields
        inputProps={(field) => form.getInputProps(field)}
        defining={!indicator}
        targetLabel={t('resultsFramework.finalTarget')}
        targetHint={perPeriod ? undefined : t('resultsFramework.finalTargetHint')}
      />
      <IndicatorFrameworkFields
        inputProps={(field) => (field === 'type' ? { ...form.getInputProps('type'), onChange: changeType } : form.getInputProps(field))}
        yearTargets={form.values.yearTargets}
        catalogue={plan.disaggregations ?? []}
        periodTargets={perPeriod ? indicator!.targets : undefined}
      />
      <IndicatorRollUpFields
        targets={rollUpTargets}
        value={form.values.rollsUpTo}
        onChange={(value) => form.setFieldValue('rollsUpTo', value)}
        inputProps={(field) => form.getInputProps(field)}
        methods={methodsFor(form.values.type)}
        rolledUpTo={rolledUpTo}
      />
      {indicator && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
