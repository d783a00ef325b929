import { Group, NumberInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Activity } from '../api/views';
import { CommandForm, titlesAsField } from './CommandForm';

type Indicator = Activity['indicators'][number];

interface IndicatorValues {
  name: string;
  unit: string;
  baseline: number | string;
  target: number | string;
  reason: string;
}

/** Defines an indicator of an activity, or revises one (`indicator` given) with a reason; the name in the interface's language. */
export function IndicatorForm({ activity, indicator, onDone }: { activity: Activity; indicator?: Indicator; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const form = useForm<IndicatorValues>({ initialValues: { name: indicator?.names?.[language] ?? '', unit: indicator?.unit ?? '', baseline: indicator?.baseline ?? '', target: indicator?.target ?? '', reason: '' } });
  const refresh = () => queries.invalidateQueries({ queryKey: ['activity', activity.id] });
  const command = useCommand({
    form,
    basedOn: activity.revision,
    send: (v, headers) => {
      const fields = { ...(v.name ? { names: { [language]: v.name } } : {}), unit: v.unit, baseline: Number(v.baseline), target: Number(v.target) };
      if (indicator) {
        return api.POST('/activities/{id}/indicators/{indicator}/revise', { params: { path: { id: activity.id, indicator: indicator.indicatorId } }, body: { ...fields, reason: v.reason }, headers });
      }
      return api.POST('/activities/{id}/indicators', { params: { path: { id: activity.id } }, body: fields, headers });
    },
    toFormPaths: titlesAsField('name'),
    async onDone() {
      form.reset();
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={indicator ? t('indicatorForm.revise') : t('indicatorForm.define')} onReload={() => void refresh()}>
      <TextInput label={t('indicatorForm.name')} required={!indicator} {...form.getInputProps('name')} />
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('indicatorForm.unit')} required {...form.getInputProps('unit')} />
        <NumberInput label={t('activity.baseline')} required {...form.getInputProps('baseline')} />
        <NumberInput label={t('activity.target')} required {...form.getInputProps('target')} />
      </Group>
      {indicator && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
