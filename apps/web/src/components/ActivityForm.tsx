import { Button, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import { removedOrChanged } from '../api/removed-or-changed';
import { useCommand, type WriteResult } from '../api/useCommand';
import type { Activity, Plan, PlanList } from '../api/views';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm, titlesAsField } from './CommandForm';
import { LocationFields, locationBody, type LocationValues } from './LocationFields';
import { OrganizationPicker, OrganizationsPicker } from './OrganizationPicker';

interface ActivityValues {
  planId: string | null;
  objectiveId: string | null;
  code: string;
  title: string;
  description: string;
  leadAgencyId: string | null;
  partnerAgencyIds: string[];
  plannedStart: string;
  plannedEnd: string;
  locations: LocationValues[];
  sdg: string;
  gcm: string;
  amount: string;
  currency: string;
  reason: string;
}

type Money = NonNullable<Activity['budget']>;

const list = (text: string) => text.split(',').map((t) => t.trim()).filter(Boolean);
const sameMoney = (a: Money, b: Money) => a.amount === b.amount && a.currency === b.currency;

/** The budget typed: none when both fields are empty; an amount without a currency, or the reverse, goes as typed (refused beside the field). */
const budgetOf = (v: Pick<ActivityValues, 'amount' | 'currency'>): Money | null =>
  v.amount.trim() || v.currency.trim() ? { amount: v.amount.trim(), currency: v.currency.trim().toUpperCase() } : null;

/** What the form starts from: empty for a new activity (in the plan given), else the activity as read. */
function initial(activity: Activity | undefined, planId: string | null, language: 'en' | 'ru' | 'tg'): ActivityValues {
  return {
    planId: activity?.planId ?? planId,
    objectiveId: activity?.objectiveId ?? null,
    code: activity?.code ?? '',
    title: activity ? (activity.titles[language] ?? '') : '',
    description: activity?.description ?? '',
    leadAgencyId: activity?.leadAgencyId ?? null,
    partnerAgencyIds: activity?.partnerAgencyIds ?? [],
    plannedStart: activity?.plannedStart ?? '',
    plannedEnd: activity?.plannedEnd ?? '',
    locations: activity?.locations.map((l) => ({ country: l.country ?? '', province: l.province, district: l.district ?? '' })) ?? [],
    sdg: activity?.tags.sdg.join(', ') ?? '',
    gcm: activity?.tags.gcm.join(', ') ?? '',
    amount: activity?.budget?.amount ?? '',
    currency: activity?.budget?.currency ?? '',
    reason: '',
  };
}

/**
 * Plans an activity, or corrects one (`activity` given) with a reason, based on the revision read; the
 * title in the interface's language. A correction removes a description emptied, and the budget when its
 * amount is emptied; a description or budget as it was is not sent.
 */
export function ActivityForm({ activity: read, planId, onDone }: { activity?: Activity; planId?: string | null; onDone(result: WriteResult): void }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const form = useForm<ActivityValues>({ initialValues: initial(read, planId ?? null, language) });
  // Corrected from the activity as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held: activity, reload, written } = useHeldRecord(form, read, (a) => initial(a, planId ?? null, language));
  const plans = useQuery({ queryKey: ['plans', i18n.language], queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))) });
  const plan: Plan | undefined = plans.data?.items.find((p) => p.id === form.values.planId);
  const command = useCommand({
    form,
    basedOn: activity?.revision,
    send: (v, headers) => {
      const details = {
        objectiveId: v.objectiveId ?? '',
        ...(v.title ? { titles: { [language]: v.title } } : {}),
        leadAgencyId: v.leadAgencyId ?? '',
        partnerAgencyIds: v.partnerAgencyIds,
        locations: v.locations.map(locationBody),
        tags: { sdg: list(v.sdg), gcm: list(v.gcm) },
      };
      const budget = budgetOf(v);
      if (activity) {
        // The amount emptied removes the budget, whatever the currency still says.
        const corrected = activity.budget && !v.amount.trim() ? null : budget;
        return api.POST('/activities/{id}/amend', {
          params: { path: { id: activity.id } },
          body: {
            ...details,
            description: removedOrChanged(activity.description, v.description),
            budget: removedOrChanged(activity.budget, corrected, sameMoney),
            reason: v.reason,
          },
          headers,
        });
      }
      const planned = { ...details, ...(v.description.trim() ? { description: v.description } : {}), ...(budget ? { budget } : {}) };
      return api.POST('/activities', { body: { ...planned, planId: v.planId ?? '', code: v.code, plannedStart: v.plannedStart, plannedEnd: v.plannedEnd }, headers });
    },
    toFormPaths: (errors) => titlesAsField('title')(Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^budget\.(amount|currency)$/, '$1').replace(/^tags\.(sdg|gcm).*$/, '$1'), message]))),
    async onDone(result) {
      written();
      await queries.invalidateQueries({ queryKey: ['activities'] });
      await queries.invalidateQueries({ queryKey: ['activity'] });
      onDone(result);
    },
  });
  // The dialog's reload: the record as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void queries.invalidateQueries({ queryKey: ['activity'] });
  };
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={activity ? t('activityForm.correct') : t('activityForm.submitNew')} onReload={reloadRecord}>
      {!activity && (
        <Group grow wrap="wrap" align="start">
          <Select label={t('activityForm.plan')} required data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }))} {...form.getInputProps('planId')} />
          <TextInput label={t('activities.code')} required {...form.getInputProps('code')} />
        </Group>
      )}
      <Select label={t('dashboard.objective')} required data={(plan?.objectives ?? []).map((o) => ({ value: o.objectiveId, label: `${o.code} ${o.title}` }))} {...form.getInputProps('objectiveId')} />
      <TextInput label={t('activityForm.title')} required={!activity} {...form.getInputProps('title')} />
      <Textarea label={t('activityForm.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <Group grow wrap="wrap" align="start">
        <OrganizationPicker label={t('activityForm.lead')} required {...form.getInputProps('leadAgencyId')} />
        <OrganizationsPicker label={t('activityForm.partners')} {...form.getInputProps('partnerAgencyIds')} />
      </Group>
      {!activity && (
        <Group grow wrap="wrap" align="start">
          <TextInput label={t('activityForm.plannedStart')} type="date" required {...form.getInputProps('plannedStart')} />
          <TextInput label={t('activityForm.plannedEnd')} type="date" required {...form.getInputProps('plannedEnd')} />
        </Group>
      )}
      <Stack gap="xs">
        <Title order={2} size="h5">{t('activity.places')}</Title>
        {form.values.locations.map((location, i) => (
          <LocationFields key={i} index={i} value={location} inputProps={(path) => form.getInputProps(path)} onRemove={() => form.removeListItem('locations', i)} />
        ))}
        <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('locations', { country: '', province: '', district: '' })}>{t('activityForm.addPlace')}</Button>
      </Stack>
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('activityForm.sdg')} description={t('activityForm.tagsHint')} {...form.getInputProps('sdg')} />
        <TextInput label={t('activityForm.gcm')} description={t('activityForm.tagsHint')} {...form.getInputProps('gcm')} />
      </Group>
      <Group grow wrap="wrap" align="start">
        <TextInput
          label={t('funding.amount')}
          description={activity?.budget ? t('activityForm.budgetRemovedHint') : undefined}
          inputMode="decimal"
          {...form.getInputProps('amount')}
        />
        <TextInput label={t('dashboard.currency')} maxLength={3} {...form.getInputProps('currency')} />
      </Group>
      {activity && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
