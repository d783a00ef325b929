import { Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { usePlanRefresh } from '../hooks/usePlanRefresh';
import { CommandForm } from './CommandForm';
import { IndicatorMeasureFields, measureBodyOf, measureValuesOf, namesAsField, type IndicatorMeasureValues } from './IndicatorMeasureFields';
import { MilestoneList } from './MilestoneList';

type Objective = Plan['objectives'][number];
export type ObjectiveIndicator = NonNullable<Plan['objectiveIndicators']>[number];
type IndicatorType = components['schemas']['IndicatorType'];
type IndicatorDirection = components['schemas']['IndicatorDirection'];

interface YearTarget {
  year: number;
  value: number | string;
}

interface ObjectiveIndicatorValues extends IndicatorMeasureValues {
  type: IndicatorType;
  direction: IndicatorDirection;
  baselineDate: string;
  /** One a year of the plan's period: a year left blank has no milestone. */
  yearTargets: YearTarget[];
  disaggregations: string[];
  reason: string;
}

const TYPES: IndicatorType[] = ['number', 'percentage', 'yes_no'];
const DIRECTIONS: IndicatorDirection[] = ['increase', 'decrease'];

/** The years of the plan's period, and any year an indicator already has a milestone in. */
function yearsOf(plan: Plan, indicator?: ObjectiveIndicator): number[] {
  const years = new Set(indicator?.targets.flatMap((t) => (typeof t.year === 'number' ? [t.year] : [])) ?? []);
  for (let year = Number(plan.periodStart.slice(0, 4)); year <= Number(plan.periodEnd.slice(0, 4)); year++) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** The milestones sent: the years given a value, in the order of the years. */
const givenTargets = (values: ObjectiveIndicatorValues) => values.yearTargets.filter((t) => t.value !== '');

/**
 * Defines an indicator of an objective (what it measures, its type and direction, baseline, a target per
 * year of the plan, its disaggregations), or revises one (`indicator` given) with a reason. Milestones per
 * reporting period, where an indicator was given them over the API, are kept as they are.
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
  const perPeriod = !!indicator?.targets.some((target) => typeof target.year !== 'number');
  const form = useForm<ObjectiveIndicatorValues>({
    initialValues: {
      ...measureValuesOf(indicator, language),
      type: indicator?.type ?? 'number',
      direction: indicator?.direction ?? 'increase',
      baselineDate: indicator?.baselineDate ?? '',
      yearTargets: yearsOf(plan, indicator).map((year) => ({ year, value: indicator?.targets.find((target) => target.year === year)?.value ?? '' })),
      disaggregations: indicator?.disaggregations ?? [],
      reason: '',
    },
  });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) => {
      const targets = perPeriod ? {} : { targets: givenTargets(v).map((target) => ({ year: target.year, value: Number(target.value) })) };
      const fields = {
        ...measureBodyOf(v, language),
        type: v.type,
        direction: v.direction,
        ...(v.baselineDate ? { baselineDate: v.baselineDate } : {}),
        ...targets,
        disaggregations: v.disaggregations,
      };
      const path = { id: plan.id, objective: objective.objectiveId };
      if (indicator) {
        return api.POST('/plans/{id}/objectives/{objective}/indicators/{indicator}/revise', {
          params: { path: { ...path, indicator: indicator.indicatorId } },
          body: { ...fields, reason: v.reason },
          headers,
        });
      }
      return api.POST('/plans/{id}/objectives/{objective}/indicators', { params: { path }, body: fields, headers });
    },
    // `targets[1].value` is the second year given a value; `disaggregations[0]` the field as a whole.
    toFormPaths: (errors, values) => {
      const given = givenTargets(values);
      return Object.fromEntries(
        Object.entries(namesAsField('name')(errors)).map(([path, message]) => {
          const target = /^targets\.(\d+)(\..*)?$/.exec(path);
          if (target && given[Number(target[1])]) return [`yearTargets.${values.yearTargets.indexOf(given[Number(target[1])])}.value`, message];
          return [path.replace(/^disaggregations\.\d+$/, 'disaggregations'), message];
        }),
      );
    },
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
      <Group grow wrap="wrap" align="start">
        <Select
          label={t('resultsFramework.type')}
          allowDeselect={false}
          data={TYPES.map((type) => ({ value: type, label: t(`resultsFramework.types.${type}`) }))}
          {...form.getInputProps('type')}
        />
        <Select
          label={t('resultsFramework.direction')}
          allowDeselect={false}
          data={DIRECTIONS.map((direction) => ({ value: direction, label: t(`resultsFramework.directions.${direction}`) }))}
          {...form.getInputProps('direction')}
        />
        <TextInput label={t('resultsFramework.baselineDate')} type="date" {...form.getInputProps('baselineDate')} />
      </Group>
      {perPeriod ? (
        <Text size="sm">
          {t('resultsFramework.periodTargetsKept')} <MilestoneList targets={indicator!.targets} />
        </Text>
      ) : (
        <Fieldset legend={t('resultsFramework.targetsByYear')}>
          <Text size="xs" c="gray.7" mb="xs">
            {t('resultsFramework.targetsHint')}
          </Text>
          <SimpleGrid cols={{ base: 2, xs: 3 }}>
            {form.values.yearTargets.map((target, i) => (
              <NumberInput key={target.year} label={t('resultsFramework.targetFor', { year: target.year })} {...form.getInputProps(`yearTargets.${i}.value`)} />
            ))}
          </SimpleGrid>
        </Fieldset>
      )}
      <MultiSelect
        searchable
        label={t('resultsFramework.disaggregations')}
        description={t('resultsFramework.disaggregationsHint')}
        data={(plan.disaggregations ?? []).map((d) => ({ value: d.code, label: d.name }))}
        {...form.getInputProps('disaggregations')}
      />
      {indicator && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
