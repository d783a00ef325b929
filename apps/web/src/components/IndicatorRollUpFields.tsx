import { Select, Stack, Text, type ComboboxItemGroup } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';

type RollUpMethod = components['schemas']['RollUpMethod'];

/** The select's option for an indicator that feeds no objective indicator (an indicator's id is a UUID, never this). */
const NONE = 'none';

/**
 * The objective indicator an activity's indicator rolls up to, and how; "Does not roll up" first. For an
 * indicator that rolled up when the form opened (`rolledUpTo`), the field says how to stop, and once
 * stopped, what that does: its values leave that objective indicator's actual.
 */
export function IndicatorRollUpFields({
  targets,
  value,
  onChange,
  inputProps,
  methods,
  rolledUpTo,
}: {
  /** The objective indicators it may roll up to, by objective. */
  targets: ComboboxItemGroup<{ value: string; label: string }>[];
  /** The objective indicator chosen; '' for none. */
  value: string;
  onChange(value: string): void;
  inputProps(field: 'rollsUpTo' | 'rollUpMethod'): GetInputPropsReturnType;
  methods: readonly RollUpMethod[];
  /** The name of the objective indicator it rolled up to when the form opened; null when it fed none. */
  rolledUpTo: string | null;
}) {
  const { t } = useTranslation();
  const description = [
    t('activityIndicator.rollsUpToHint'),
    targets.length === 0 ? t('activityIndicator.noneOfType') : '',
    rolledUpTo ? t('activityIndicator.rollUpStop') : '',
  ];
  return (
    <Stack gap="xs">
      <Select
        searchable
        label={t('activityIndicator.rollsUpTo')}
        description={description.filter(Boolean).join(' ')}
        nothingFoundMessage={t('activityIndicator.noneOfType')}
        allowDeselect={false}
        data={[{ value: NONE, label: t('activityIndicator.notRolledUp') }, ...targets]}
        {...inputProps('rollsUpTo')}
        value={value || NONE}
        onChange={(chosen) => onChange(!chosen || chosen === NONE ? '' : chosen)}
      />
      {value ? (
        <Select
          label={t('activityIndicator.method')}
          allowDeselect={false}
          data={methods.map((method) => ({ value: method, label: t(`activityIndicator.methods.${method}`) }))}
          {...inputProps('rollUpMethod')}
        />
      ) : (
        rolledUpTo && <Text size="sm">{t('activityIndicator.stopsRollingUp', { name: rolledUpTo })}</Text>
      )}
    </Stack>
  );
}
