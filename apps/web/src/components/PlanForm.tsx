import { Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { removedOrChanged } from '../api/removed-or-changed';
import { useCommand, type WriteResult } from '../api/useCommand';
import { CommandForm } from './CommandForm';
import type { Plan } from '../api/views';
import { useHeldRecord } from '../hooks/useHeldRecord';

interface PlanValues {
  code: string;
  en: string;
  ru: string;
  tg: string;
  periodStart: string;
  periodEnd: string;
  coordinatingBody: string;
  reason: string;
}

/** What the form starts from: empty for a new plan, else the plan as read. */
const valuesOf = (plan: Plan | undefined): PlanValues => ({
  code: plan?.code ?? '',
  en: plan?.title.en ?? '',
  ru: plan?.title.ru ?? '',
  tg: plan?.title.tg ?? '',
  periodStart: plan?.periodStart ?? '',
  periodEnd: plan?.periodEnd ?? '',
  coordinatingBody: plan?.coordinatingBody ?? '',
  reason: '',
});

/** Drafts a plan, or corrects one (`plan` given: its titles and coordinating body, with a reason; a coordinating body emptied is removed). */
export function PlanForm({ plan: read, onDone }: { plan?: Plan; onDone(result: WriteResult): void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<PlanValues>({ initialValues: valuesOf(read) });
  // Corrected from the plan as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held: plan, reload, written } = useHeldRecord(form, read, valuesOf);
  const command = useCommand({
    form,
    basedOn: plan?.revision,
    send: (v, headers) => {
      const title = { en: v.en, ...(v.ru ? { ru: v.ru } : {}), ...(v.tg ? { tg: v.tg } : {}) };
      const coordinatingBody = v.coordinatingBody.trim();
      if (plan) {
        return api.POST('/plans/{id}/amend', {
          params: { path: { id: plan.id } },
          body: { title, coordinatingBody: removedOrChanged(plan.coordinatingBody, coordinatingBody), reason: v.reason },
          headers,
        });
      }
      return api.POST('/plans', { body: { code: v.code, title, periodStart: v.periodStart, periodEnd: v.periodEnd, ...(coordinatingBody ? { coordinatingBody } : {}) }, headers });
    },
    toFormPaths: (errors) => Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^title\./, ''), message])),
    async onDone(result) {
      written();
      await queries.invalidateQueries({ queryKey: ['plans'] });
      await queries.invalidateQueries({ queryKey: ['plan'] });
      onDone(result);
    },
  });
  // The dialog's reload: the record as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void queries.invalidateQueries({ queryKey: ['plan'] });
  };
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={plan ? t('planForm.correct') : t('planForm.draft')} onReload={reloadRecord}>
      {!plan && <TextInput label={t('planForm.code')} required {...form.getInputProps('code')} />}
      <TextInput label={t('planForm.titleEn')} required {...form.getInputProps('en')} />
      <TextInput label={t('planForm.titleRu')} lang="ru" {...form.getInputProps('ru')} />
      <TextInput label={t('planForm.titleTg')} lang="tg" {...form.getInputProps('tg')} />
      {!plan && (
        <Group grow wrap="wrap" align="start">
          <TextInput label={t('planForm.periodStart')} type="date" required {...form.getInputProps('periodStart')} />
          <TextInput label={t('planForm.periodEnd')} type="date" required {...form.getInputProps('periodEnd')} />
        </Group>
      )}
      <TextInput label={t('planForm.coordinatingBody')} {...form.getInputProps('coordinatingBody')} />
      {plan && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
