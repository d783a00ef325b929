import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';
import type { Activity } from '../api/views';
import { OrganizationPicker } from './OrganizationPicker';

interface FundingValues {
  kind: 'commitment' | 'disbursement';
  donorId: string | null;
  amount: string;
  currency: string;
  on: string;
  reference: string;
}

/** Records a donor's commitment to the activity, or a disbursement (never more than that donor committed). */
export function FundingForm({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<FundingValues>({ initialValues: { kind: 'commitment', donorId: null, amount: '', currency: activity.budget?.currency ?? '', on: '', reference: '' } });
  const refresh = () => queries.invalidateQueries({ queryKey: ['activity', activity.id] });
  const command = useCommand({
    form,
    basedOn: activity.revision,
    send: (v, headers) => {
      const path = { params: { path: { id: activity.id } } };
      const common = { donorId: v.donorId ?? '', money: { amount: v.amount, currency: v.currency.toUpperCase() } };
      if (v.kind === 'commitment') return api.POST('/activities/{id}/funding-commitments', { ...path, body: { ...common, committedOn: v.on, ...(v.reference ? { reference: v.reference } : {}) }, headers });
      return api.POST('/activities/{id}/disbursements', { ...path, body: { ...common, disbursedOn: v.on }, headers });
    },
    toFormPaths: (errors) => Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^money\./, '').replace(/^(committedOn|disbursedOn)$/, 'on'), message])),
    async onDone() {
      form.setValues({ amount: '', on: '', reference: '' });
      await refresh();
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t(`funding.record.${form.values.kind}`)} onReload={() => void refresh()}>
      <SegmentedControl aria-label={t('funding.kind')} data={[{ value: 'commitment', label: t('funding.commitment') }, { value: 'disbursement', label: t('funding.disbursement') }]} {...form.getInputProps('kind')} style={{ alignSelf: 'flex-start' }} />
      <OrganizationPicker label={t('activity.donor')} required {...form.getInputProps('donorId')} />
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('funding.amount')} inputMode="decimal" required {...form.getInputProps('amount')} />
        <TextInput label={t('dashboard.currency')} maxLength={3} required {...form.getInputProps('currency')} />
        <TextInput label={t('funding.on')} type="date" required {...form.getInputProps('on')} />
      </Group>
      {form.values.kind === 'commitment' && <TextInput label={t('funding.reference')} {...form.getInputProps('reference')} />}
    </CommandForm>
  );
}
