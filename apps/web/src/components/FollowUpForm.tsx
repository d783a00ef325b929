import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { useDecisionsRefresh } from '../hooks/useDecisionsRefresh';
import { CommandForm } from './CommandForm';
import type { Decision } from '../api/views';

/** Adds a follow-up note to a decision: what the responsible agency has done towards it. */
export function FollowUpForm({ decision, onDone }: { decision: Decision; onDone(): void }) {
  const { t } = useTranslation();
  const refresh = useDecisionsRefresh();
  const form = useForm({ initialValues: { note: '' } });
  const command = useCommand({
    form,
    send: (v, headers) => api.POST('/decisions/{id}/follow-ups', { params: { path: { id: decision.id } }, body: { note: v.note, evidence: [] }, headers }),
    async onDone() {
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('decisions.addFollowUp')}>
      <Textarea label={t('decisions.followUpNote')} required autosize minRows={3} {...form.getInputProps('note')} />
    </CommandForm>
  );
}
