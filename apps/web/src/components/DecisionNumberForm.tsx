import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Decision } from '../api/views';
import { useDecisionsRefresh } from '../hooks/useDecisionsRefresh';
import { CommandForm } from './CommandForm';

/** Corrects the number minutes cite a decision by, in any status, with a reason (a number another decision holds is refused beside the field). */
export function DecisionNumberForm({ decision, onDone }: { decision: Decision; onDone(): void }) {
  const { t } = useTranslation();
  const refresh = useDecisionsRefresh();
  const form = useForm({ initialValues: { number: decision.number, reason: '' } });
  const command = useCommand({
    form,
    basedOn: decision.revision,
    send: (v, headers) =>
      api.POST('/decisions/{id}/renumber', { params: { path: { id: decision.id } }, body: { number: v.number, reason: v.reason }, headers }),
    async onDone() {
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t('decisionEdit.do.renumber')}
      onReload={() => void refresh()}
    >
      <TextInput label={t('decisions.number')} required {...form.getInputProps('number')} />
      <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
