import { Group, NumberInput, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Titles } from '../api/views';

/** What every indicator is defined by, on an activity or an objective: its name in the interface's language, unit, baseline and final target. */
export interface IndicatorMeasureValues {
  name: string;
  unit: string;
  baseline: number | string;
  target: number | string;
}

type Language = 'en' | 'ru' | 'tg';
type MeasureField = keyof IndicatorMeasureValues;

/** The form's first values: an indicator's, when one is revised. */
export function measureValuesOf(
  indicator: { names?: Titles; unit: string; baseline: number; target: number } | undefined,
  language: Language,
): IndicatorMeasureValues {
  return { name: indicator?.names?.[language] ?? '', unit: indicator?.unit ?? '', baseline: indicator?.baseline ?? '', target: indicator?.target ?? '' };
}

/**
 * Those fields as the API takes them: the name in the interface's language (the others stay as stored).
 * A name or number left blank is left out: a revision keeps what is stored, a definition is refused beside
 * the field (never a silent 0).
 */
export function measureBodyOf(values: IndicatorMeasureValues, language: Language): { names?: Titles; unit: string; baseline: number; target?: number } {
  return {
    ...(values.name ? { names: { [language]: values.name } } : {}),
    unit: values.unit,
    // Typed as given: left out of the JSON when blank, so the API names `baseline`.
    baseline: (values.baseline === '' ? undefined : Number(values.baseline)) as number,
    ...(values.target === '' ? {} : { target: Number(values.target) }),
  };
}

/** The API names an indicator's name `names` (or `name`, English); the form has one name field in the interface's language. */
export const namesAsField = (field: string) => (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^(names?|titles)(\..*)?$/, field), message]));

/** Name, unit, baseline and final target: the fields an activity's indicator and an objective's share. */
export function IndicatorMeasureFields({
  inputProps,
  defining,
  targetLabel,
  targetHint,
}: {
  inputProps(field: MeasureField): GetInputPropsReturnType;
  defining: boolean;
  targetLabel?: string;
  targetHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('indicatorForm.name')} required={defining} {...inputProps('name')} />
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('indicatorForm.unit')} required {...inputProps('unit')} />
        <NumberInput label={t('activity.baseline')} required {...inputProps('baseline')} />
        <NumberInput label={targetLabel ?? t('activity.target')} description={targetHint} required={!targetHint} {...inputProps('target')} />
      </Group>
    </>
  );
}
