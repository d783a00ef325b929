import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { removedOrChanged } from '../api/removed-or-changed';
import { useCommand } from '../api/useCommand';
import type { Decision } from '../api/views';
import { useDecisionsRefresh } from '../hooks/useDecisionsRefresh';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm, titlesAsField } from './CommandForm';
import { OrganizationsPicker } from './OrganizationPicker';

interface DetailValues {
  title: string;
  text: string;
  dueDate: string;
  responsibleAgencyIds: string[];
  reason: string;
}

type Language = 'en' | 'ru' | 'tg';

/** What the form starts from: the decision as read, its title in the interface's language. */
const valuesOf = (decision: Decision, language: Language): DetailValues => ({
  title: decision.titles?.[language] ?? decision.title,
  text: decision.text,
  dueDate: decision.dueDate ?? '',
  responsibleAgencyIds: decision.responsibleAgencyIds,
  reason: '',
});

/**
 * Corrects what a decision says: its title in the interface's language, its text, who answers for it and
 * by when, with a reason. A due date emptied is removed (the decision then has no deadline).
 */
export function DecisionForm({ decision: read, onDone }: { decision: Decision; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const refresh = useDecisionsRefresh();
  const language = i18n.language as Language;
  const form = useForm<DetailValues>({ initialValues: valuesOf(read, language) });
  // Corrected from the decision as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, (d) => valuesOf(d, language));
  const decision = held ?? read;
  const command = useCommand({
    form,
    basedOn: decision.revision,
    send: (v, headers) =>
      api.POST('/decisions/{id}/amend', {
        params: { path: { id: decision.id } },
        body: {
          titles: { [language]: v.title },
          text: v.text,
          responsibleAgencyIds: v.responsibleAgencyIds,
          dueDate: removedOrChanged(decision.dueDate, v.dueDate),
          reason: v.reason,
        },
        headers,
      }),
    toFormPaths: titlesAsField('title'),
    async onDone() {
      written();
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t('decisionEdit.do.amend')}
      onReload={() => {
        reload();
        void refresh();
      }}
    >
      <TextInput label={t('decisionForm.titleField')} required {...form.getInputProps('title')} />
      <Textarea label={t('decisionForm.text')} required autosize minRows={3} {...form.getInputProps('text')} />
      <OrganizationsPicker label={t('decisions.responsible')} {...form.getInputProps('responsibleAgencyIds')} />
      <TextInput label={t('decisions.due')} description={t('decisionEdit.dueHint')} type="date" {...form.getInputProps('dueDate')} />
      <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
