import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { ErrorNotice } from './ErrorNotice';

/** Adopts a draft plan: the date and the instrument (a government decree) that adopted it. */
export function AdoptPlanForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm({ initialValues: { adoptedOn: '', instrument: '' } });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) => api.POST('/plans/{id}/adopt', { params: { path: { id: plan.id } }, body: v, headers }),
    onDone: () => queries.invalidateQueries({ queryKey: ['plan', plan.id] }),
  });
  return (
    <form onSubmit={form.onSubmit((values) => void command.submit(values))} noValidate>
      {command.refusal !== undefined && <ErrorNotice error={command.refusal} />}
      <Group align="end" wrap="wrap">
        <TextInput label={t('planForm.adoptedOn')} type="date" required {...form.getInputProps('adoptedOn')} />
        <TextInput label={t('planForm.instrument')} required {...form.getInputProps('instrument')} />
        <Button type="submit" loading={command.busy}>{t('planForm.adopt')}</Button>
      </Group>
    </form>
  );
}
