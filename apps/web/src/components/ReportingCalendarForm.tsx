import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm } from './CommandForm';

const FREQUENCIES = ['quarterly', 'half_yearly', 'yearly'] as const;

interface CalendarValues {
  frequency: (typeof FREQUENCIES)[number];
  dueDays: number | string;
  approval: boolean;
  reason: string;
}

/** What the form starts from: the plan's calendar as read (quarterly, due in 30 days, when it has none yet). */
const valuesOf = ({ reporting }: Plan): CalendarValues => ({
  frequency: (reporting?.frequency as CalendarValues['frequency']) ?? 'quarterly',
  dueDays: reporting?.dueDays ?? 30,
  approval: reporting?.approval ?? false,
  reason: '',
});

/** Sets the plan's reporting calendar: how often agencies report, how many days after a period ends it is due. */
export function ReportingCalendarForm({ plan: read }: { plan: Plan }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<CalendarValues>({ initialValues: valuesOf(read) });
  // The plan as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, valuesOf);
  const plan = held ?? read;
  const current = plan.reporting;
  const refresh = () => queries.invalidateQueries({ queryKey: ['plan', plan.id] });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) => api.POST('/plans/{id}/reporting-calendar', { params: { path: { id: plan.id } }, body: { frequency: v.frequency, dueDays: Number(v.dueDays), approval: v.approval, ...(v.reason ? { reason: v.reason } : {}) }, headers }),
    async onDone() {
      written();
      await refresh();
    },
  });
  // The dialog's reload: the plan as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void refresh();
  };
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('reporting.set')} onReload={reloadRecord}>
      <Group grow wrap="wrap" align="start">
        <Select label={t('reporting.frequencyLabel')} data={FREQUENCIES.map((f) => ({ value: f, label: t(`reporting.frequency.${f}`) }))} allowDeselect={false} {...form.getInputProps('frequency')} />
        <NumberInput label={t('reporting.dueDaysLabel')} {...form.getInputProps('dueDays')} />
      </Group>
      <Checkbox label={t('reporting.approval')} {...form.getInputProps('approval', { type: 'checkbox' })} />
      {current && <TextInput label={t('report.reason')} {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
