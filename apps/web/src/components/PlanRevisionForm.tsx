import { Group, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { usePlanRefresh } from '../hooks/usePlanRefresh';
import { CommandForm } from './CommandForm';

interface RevisionValues {
  en: string;
  ru: string;
  tg: string;
  periodStart: string;
  periodEnd: string;
  coordinatingBody: string;
  effectiveOn: string;
  reason: string;
}

type Changes = components['schemas']['RevisePlanDto']['changes'];

/** What the revision changes: only the fields that differ from the plan as read (the API records only those anyway). */
function changesOf(v: RevisionValues, plan: Plan): Changes {
  const titleChanged = v.en !== plan.title.en || v.ru !== (plan.title.ru ?? '') || v.tg !== (plan.title.tg ?? '');
  return {
    ...(titleChanged ? { title: { en: v.en, ...(v.ru ? { ru: v.ru } : {}), ...(v.tg ? { tg: v.tg } : {}) } } : {}),
    ...(v.periodStart !== plan.periodStart ? { periodStart: v.periodStart } : {}),
    ...(v.periodEnd !== plan.periodEnd ? { periodEnd: v.periodEnd } : {}),
    // Emptied, it is sent empty: the API says beside the field that a revision cannot take it away.
    ...(v.coordinatingBody !== (plan.coordinatingBody ?? '') ? { coordinatingBody: v.coordinatingBody } : {}),
  };
}

/** The API names the changes under `changes` (`changes.periodEnd`, `changes.title.en`); a revision changing nothing is refused on `changes` itself. */
const changePaths = (errors: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.replace(/^changes\.title(?:\.(en|ru|tg))?$/, (_, language?: string) => language ?? 'en').replace(/^changes\./, ''),
      message,
    ]),
  );

/**
 * A revision of the plan (a mid-term review, a decree extending its period): its titles, period or
 * coordinating body as they read from a date, with the reason; based on the revision read.
 */
export function PlanRevisionForm({ plan: shown, onDone }: { plan: Plan; onDone(): void }) {
  const { t } = useTranslation();
  // The plan as it read when the form opened: what the changes are measured against, and the revision sent
  // as If-Match (a change by someone else meanwhile is a 412, not overwritten).
  const [plan] = useState(shown);
  const refresh = usePlanRefresh(plan.id);
  const form = useForm<RevisionValues>({
    initialValues: {
      en: plan.title.en,
      ru: plan.title.ru ?? '',
      tg: plan.title.tg ?? '',
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      coordinatingBody: plan.coordinatingBody ?? '',
      effectiveOn: '',
      reason: '',
    },
  });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) =>
      api.POST('/plans/{id}/revise', {
        params: { path: { id: plan.id } },
        body: { changes: changesOf(v, plan), reason: v.reason, ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}) },
        headers,
      }),
    toFormPaths: changePaths,
    async onDone() {
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t('planCourse.revise.submit')}
      onReload={() => {
        void refresh();
        onDone();
      }}
    >
      <Text size="sm" c="gray.7">
        {t('planCourse.revise.changesHint')}
      </Text>
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('planForm.periodStart')} type="date" required {...form.getInputProps('periodStart')} />
        <TextInput label={t('planForm.periodEnd')} type="date" required {...form.getInputProps('periodEnd')} />
      </Group>
      <TextInput label={t('planForm.titleEn')} required {...form.getInputProps('en')} />
      <TextInput label={t('planForm.titleRu')} lang="ru" {...form.getInputProps('ru')} />
      <TextInput label={t('planForm.titleTg')} lang="tg" {...form.getInputProps('tg')} />
      <TextInput label={t('planForm.coordinatingBody')} {...form.getInputProps('coordinatingBody')} />
      {/* "The revision changes nothing" is about all the fields above: said here, below them. */}
      {typeof form.errors.changes === 'string' && (
        <Text size="sm" c="red.9">
          {form.errors.changes}
        </Text>
      )}
      <TextInput
        label={t('planCourse.revise.effectiveOn')}
        description={t('planCourse.revise.effectiveOnHint')}
        type="date"
        {...form.getInputProps('effectiveOn')}
      />
      <Textarea label={t('report.reason')} description={t('planCourse.revise.reasonHint')} required autosize minRows={2} {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
