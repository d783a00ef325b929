import { Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { removedOrChanged } from '../api/removed-or-changed';
import type { components } from '../api/schema';
import type { Dimension, Plan } from '../api/views';
import type { IndicatorMeasureValues } from './IndicatorMeasureFields';
import { MilestoneList } from './MilestoneList';

export type IndicatorType = components['schemas']['IndicatorType'];
export type IndicatorDirection = components['schemas']['IndicatorDirection'];
type Milestone = components['schemas']['TargetDto'];

export interface YearTarget {
  year: number;
  value: number | string;
}

/** What an indicator of the results framework says besides its measure, on an activity or an objective. */
export interface IndicatorFrameworkValues {
  type: IndicatorType;
  direction: IndicatorDirection;
  baselineDate: string;
  /** One a year of the plan's period: a year left blank has no milestone. */
  yearTargets: YearTarget[];
  disaggregations: string[];
}

/** What those fields read of an indicator being revised: an activity's or an objective's. */
interface FrameworkIndicator {
  type: IndicatorType;
  direction: IndicatorDirection;
  baselineDate: string | null;
  targets: Milestone[];
  disaggregations: string[];
}

type PlanPeriod = Pick<Plan, 'periodStart' | 'periodEnd'>;

const TYPES: IndicatorType[] = ['number', 'percentage', 'yes_no'];
const DIRECTIONS: IndicatorDirection[] = ['increase', 'decrease'];

/** An indicator given milestones per reporting period (over the API): the form keeps them as they are. */
export const hasPeriodTargets = (indicator?: { targets: Milestone[] }): boolean => !!indicator?.targets.some((target) => typeof target.year !== 'number');

/** The years of the plan's period, and any year an indicator already has a milestone in. */
function yearsOf(plan: PlanPeriod, indicator?: { targets: Milestone[] }): number[] {
  const years = new Set(indicator?.targets.flatMap((t) => (typeof t.year === 'number' ? [t.year] : [])) ?? []);
  for (let year = Number(plan.periodStart.slice(0, 4)); year <= Number(plan.periodEnd.slice(0, 4)); year++) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** The form's first values: an indicator's, when one is revised; a number that should rise, else. */
export function frameworkValuesOf(plan: PlanPeriod, indicator?: FrameworkIndicator): IndicatorFrameworkValues {
  return {
    type: indicator?.type ?? 'number',
    direction: indicator?.direction ?? 'increase',
    baselineDate: indicator?.baselineDate ?? '',
    yearTargets: yearsOf(plan, indicator).map((year) => ({ year, value: indicator?.targets.find((target) => target.year === year)?.value ?? '' })),
    disaggregations: indicator?.disaggregations ?? [],
  };
}

/** The milestones sent: the years given a value, in the order of the years. */
const givenTargets = (values: Pick<IndicatorFrameworkValues, 'yearTargets'>) => values.yearTargets.filter((t) => t.value !== '');

/**
 * Those fields as the API takes them. Milestones per reporting period (`perPeriod`) are not sent, so they
 * stay as stored; otherwise the years given a value are the milestones (none given: none). A final target
 * left blank is the last year's, on a revision as on a definition, as the form says.
 */
export function frameworkBodyOf(values: IndicatorFrameworkValues & Pick<IndicatorMeasureValues, 'target'>, perPeriod: boolean) {
  const given = perPeriod ? [] : givenTargets(values);
  return {
    type: values.type,
    direction: values.direction,
    ...(values.baselineDate ? { baselineDate: values.baselineDate } : {}),
    ...(perPeriod ? {} : { targets: given.map((target) => ({ year: target.year, value: Number(target.value) })) }),
    ...(values.target === '' && given.length > 0 ? { target: Number(given.at(-1)!.value) } : {}),
    disaggregations: values.disaggregations,
  };
}

/**
 * Those fields as a revision sends them: as a definition does, but the baseline date only when it changed,
 * and `null` when it was emptied (the API then removes it; left out, it keeps it).
 */
export function frameworkRevisionOf(
  values: IndicatorFrameworkValues & Pick<IndicatorMeasureValues, 'target'>,
  perPeriod: boolean,
  indicator: Pick<FrameworkIndicator, 'baselineDate'>,
) {
  return { ...frameworkBodyOf(values, perPeriod), baselineDate: removedOrChanged(indicator.baselineDate, values.baselineDate) };
}

/**
 * The API's field paths on the form's fields: `targets[1].value` is the second year given a value (its
 * box), `disaggregations[0]` the field as a whole.
 */
export function frameworkPathsOf(errors: Record<string, string>, values: Pick<IndicatorFrameworkValues, 'yearTargets'>): Record<string, string> {
  const given = givenTargets(values);
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const target = /^targets\.(\d+)(\..*)?$/.exec(path);
      if (target && given[Number(target[1])]) return [`yearTargets.${values.yearTargets.indexOf(given[Number(target[1])])}.value`, message];
      return [path.replace(/^disaggregations\.\d+$/, 'disaggregations'), message];
    }),
  );
}

/**
 * Type, direction of good change, baseline date, a target per year of the plan (or, for an indicator given
 * milestones per reporting period, those listed and kept), and the dimensions of the plan's catalogue its
 * values may be split by: the fields an activity's indicator and an objective's share besides their measure.
 */
export function IndicatorFrameworkFields({
  inputProps,
  yearTargets,
  catalogue,
  periodTargets,
}: {
  inputProps(field: string): GetInputPropsReturnType;
  yearTargets: readonly YearTarget[];
  catalogue: readonly Dimension[];
  /** The indicator's milestones, when they are per reporting period: shown, not edited. */
  periodTargets?: Milestone[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group grow wrap="wrap" align="start">
        <Select
          label={t('resultsFramework.type')}
          allowDeselect={false}
          data={TYPES.map((type) => ({ value: type, label: t(`resultsFramework.types.${type}`) }))}
          {...inputProps('type')}
        />
        <Select
          label={t('resultsFramework.direction')}
          allowDeselect={false}
          data={DIRECTIONS.map((direction) => ({ value: direction, label: t(`resultsFramework.directions.${direction}`) }))}
          {...inputProps('direction')}
        />
        <TextInput label={t('resultsFramework.baselineDate')} type="date" {...inputProps('baselineDate')} />
      </Group>
      {periodTargets ? (
        <Text size="sm">
          {t('resultsFramework.periodTargetsKept')} <MilestoneList targets={periodTargets} />
        </Text>
      ) : (
        <Fieldset legend={t('resultsFramework.targetsByYear')}>
          <Text size="xs" c="gray.7" mb="xs">
            {t('resultsFramework.targetsHint')}
          </Text>
          <SimpleGrid cols={{ base: 2, xs: 3 }}>
            {yearTargets.map((target, i) => (
              <NumberInput key={target.year} label={t('resultsFramework.targetFor', { year: target.year })} {...inputProps(`yearTargets.${i}.value`)} />
            ))}
          </SimpleGrid>
        </Fieldset>
      )}
      <MultiSelect
        searchable
        label={t('resultsFramework.disaggregations')}
        description={t('resultsFramework.disaggregationsHint')}
        data={catalogue.map((d) => ({ value: d.code, label: d.name }))}
        {...inputProps('disaggregations')}
      />
    </>
  );
}
