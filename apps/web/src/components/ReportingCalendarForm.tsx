import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { CommandForm } from './CommandForm';

const FREQUENCIES = ['quarterly', 'half_yearly', 'yearly'] as const;

interface CalendarValues {
  frequency: (typeof FREQUENCIES)[number];
  dueDays: number | string;
  approval: boolean;
  reason: string;
}

/** Sets the plan's reporting calendar: how often agencies report, how many days after a period ends it is due. */
export function ReportingCalendarForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const current = plan.reporting;
  const form = useForm<CalendarValues>({ initialValues: { frequency: (current?.frequency as CalendarValues['frequency']) ?? 'quarterly', dueDays: current?.dueDays ?? 30, approval: current?.approval ?? false, reason: '' } });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) => api.POST('/plans/{id}/reporting-calendar', { params: { path: { id: plan.id } }, body: { frequency: v.frequency, dueDays: Number(v.dueDays), approval: v.approval, ...(v.reason ? { reason: v.reason } : {}) }, headers }),
    onDone: () => queries.invalidateQueries({ queryKey: ['plan', plan.id] }),
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('reporting.set')} onReload={() => void queries.invalidateQueries({ queryKey: ['plan', plan.id] })}>
      <Group grow wrap="wrap" align="start">
        <Select label={t('reporting.frequencyLabel')} data={FREQUENCIES.map((f) => ({ value: f, label: t(`reporting.frequency.${f}`) }))} allowDeselect={false} {...form.getInputProps('frequency')} />
        <NumberInput label={t('reporting.dueDaysLabel')} {...form.getInputProps('dueDays')} />
      </Group>
      <Checkbox label={t('reporting.approval')} {...form.getInputProps('approval', { type: 'checkbox' })} />
      {current && <TextInput label={t('report.reason')} {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
