import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Activity } from '../api/views';
import { CommandForm } from './CommandForm';
import { IndicatorMeasureFields, measureBodyOf, measureValuesOf, namesAsField, type IndicatorMeasureValues } from './IndicatorMeasureFields';

type Indicator = Activity['indicators'][number];

interface IndicatorValues extends IndicatorMeasureValues {
  reason: string;
}

/** Defines an indicator of an activity, or revises one (`indicator` given) with a reason; the name in the interface's language. */
export function IndicatorForm({ activity, indicator, onDone }: { activity: Activity; indicator?: Indicator; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const form = useForm<IndicatorValues>({ initialValues: { ...measureValuesOf(indicator, language), reason: '' } });
  const refresh = () => queries.invalidateQueries({ queryKey: ['activity', activity.id] });
  const command = useCommand({
    form,
    basedOn: activity.revision,
    send: (v, headers) => {
      const fields = measureBodyOf(v, language);
      if (indicator) {
        return api.POST('/activities/{id}/indicators/{indicator}/revise', { params: { path: { id: activity.id, indicator: indicator.indicatorId } }, body: { ...fields, reason: v.reason }, headers });
      }
      return api.POST('/activities/{id}/indicators', { params: { path: { id: activity.id } }, body: fields, headers });
    },
    toFormPaths: namesAsField('name'),
    async onDone() {
      form.reset();
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={indicator ? t('indicatorForm.revise') : t('indicatorForm.define')} onReload={() => void refresh()}>
      <IndicatorMeasureFields inputProps={(field) => form.getInputProps(field)} defining={!indicator} />
      {indicator && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
