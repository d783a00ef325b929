import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm, titlesAsField } from './CommandForm';
import type { Plan } from '../api/views';

type Objective = Plan['objectives'][number];

interface ObjectiveValues {
  code: string;
  title: string;
  parentObjectiveId: string | null;
  reason: string;
}

/** Adds an objective to a plan (under another one, or at the top), or corrects one with a reason; the title in the interface's language. */
export function ObjectiveForm({ plan, objective, onDone }: { plan: Plan; objective?: Objective; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const form = useForm<ObjectiveValues>({ initialValues: { code: objective?.code ?? '', title: objective?.titles?.[language] ?? '', parentObjectiveId: null, reason: '' } });
  const command = useCommand({
    form,
    basedOn: objective ? plan.revision : undefined,
    send: (v, headers) => {
      const titles = v.title ? { titles: { [language]: v.title } } : {};
      if (objective) {
        return api.POST('/plans/{id}/objectives/{objective}/amend', { params: { path: { id: plan.id, objective: objective.objectiveId } }, body: { ...titles, ...(v.code !== objective.code ? { code: v.code } : {}), reason: v.reason }, headers });
      }
      return api.POST('/plans/{id}/objectives', { params: { path: { id: plan.id } }, body: { code: v.code, ...titles, ...(v.parentObjectiveId ? { parentObjectiveId: v.parentObjectiveId } : {}) }, headers });
    },
    toFormPaths: titlesAsField('title'),
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['plan', plan.id] });
      form.reset();
      onDone();
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={objective ? t('planForm.correctObjective') : t('planForm.addObjective')} onReload={() => { void queries.invalidateQueries({ queryKey: ['plan', plan.id] }); onDone(); }}>
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('planForm.objectiveCode')} required {...form.getInputProps('code')} />
        {!objective && <Select label={t('planForm.parent')} clearable data={plan.objectives.map((o) => ({ value: o.objectiveId, label: `${o.code} ${o.title}` }))} {...form.getInputProps('parentObjectiveId')} />}
      </Group>
      <TextInput label={t('planForm.objectiveTitle')} required={!objective} {...form.getInputProps('title')} />
      {objective && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
