import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Activity } from '../api/views';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm } from './CommandForm';

type Step = 'start' | 'complete' | 'suspend' | 'resume' | 'cancel' | 'reschedule';

/** The steps the activity's status allows, as the decider does. */
function stepsFor(status: Activity['status']): Step[] {
  if (status === 'planned') return ['start', 'reschedule', 'cancel'];
  if (status === 'in_progress') return ['complete', 'suspend', 'reschedule', 'cancel'];
  if (status === 'suspended') return ['resume', 'cancel'];
  return [];
}

interface StepValues {
  step: Step | null;
  on: string;
  plannedEnd: string;
  reason: string;
  summary: string;
}

/** What the form starts from: the first step the activity's status allows, its planned end as read. */
const valuesOf = (activity: Activity): StepValues => ({ step: stepsFor(activity.status)[0] ?? null, on: '', plannedEnd: activity.plannedEnd, reason: '', summary: '' });

/** Moves an activity along its course: each step with its date or its reason, based on the revision read. */
export function ActivityLifecycle({ activity: read }: { activity: Activity }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<StepValues>({ initialValues: valuesOf(read) });
  // The activity as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, valuesOf);
  const activity = held ?? read;
  const steps = stepsFor(activity.status);
  const refresh = () => queries.invalidateQueries({ queryKey: ['activity', activity.id] });
  const command = useCommand({
    form,
    basedOn: activity.revision,
    send: (v, headers) => {
      const path = { params: { path: { id: activity.id } }, headers };
      if (v.step === 'start') return api.POST('/activities/{id}/start', { ...path, body: { startedOn: v.on } });
      if (v.step === 'complete') return api.POST('/activities/{id}/complete', { ...path, body: { completedOn: v.on, ...(v.summary ? { summary: v.summary } : {}) } });
      if (v.step === 'reschedule') return api.POST('/activities/{id}/reschedule', { ...path, body: { plannedEnd: v.plannedEnd, reason: v.reason } });
      if (v.step === 'resume') return api.POST('/activities/{id}/resume', { ...path, body: { ...(v.on ? { effectiveOn: v.on } : {}), ...(v.reason ? { reason: v.reason } : {}) } });
      return api.POST(v.step === 'suspend' ? '/activities/{id}/suspend' : '/activities/{id}/cancel', { ...path, body: { reason: v.reason } });
    },
    toFormPaths: (errors) => Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^(startedOn|completedOn|effectiveOn)$/, 'on'), message])),
    async onDone() {
      written();
      await refresh();
    },
  });
  // The dialog's reload: the activity as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void refresh();
  };
  if (steps.length === 0) return null;
  const { step } = form.values;
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t(`lifecycle.do.${step ?? 'start'}`)} onReload={reloadRecord}>
      <Select label={t('lifecycle.step')} data={steps.map((s) => ({ value: s, label: t(`lifecycle.steps.${s}`) }))} allowDeselect={false} {...form.getInputProps('step')} />
      {(step === 'start' || step === 'complete' || step === 'resume') && <TextInput label={t('lifecycle.on')} type="date" required={step !== 'resume'} {...form.getInputProps('on')} />}
      {step === 'complete' && <TextInput label={t('lifecycle.summary')} {...form.getInputProps('summary')} />}
      {step === 'reschedule' && <TextInput label={t('activityForm.plannedEnd')} type="date" required {...form.getInputProps('plannedEnd')} />}
      {step !== 'start' && step !== 'complete' && <TextInput label={t('report.reason')} required={step !== 'resume'} {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
