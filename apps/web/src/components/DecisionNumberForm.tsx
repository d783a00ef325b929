import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Decision } from '../api/views';
import { useDecisionsRefresh } from '../hooks/useDecisionsRefresh';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm } from './CommandForm';

const valuesOf = (decision: Decision) => ({ number: decision.number, reason: '' });

/** Corrects the number minutes cite a decision by, in any status, with a reason (a number another decision holds is refused beside the field). */
export function DecisionNumberForm({ decision: read, onDone }: { decision: Decision; onDone(): void }) {
  const { t } = useTranslation();
  const refresh = useDecisionsRefresh();
  const form = useForm({ initialValues: valuesOf(read) });
  // Based on the number as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, valuesOf);
  const decision = held ?? read;
  const command = useCommand({
    form,
    basedOn: decision.revision,
    send: (v, headers) =>
      api.POST('/decisions/{id}/renumber', { params: { path: { id: decision.id } }, body: { number: v.number, reason: v.reason }, headers }),
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
      submitLabel={t('decisionEdit.do.renumber')}
      onReload={() => {
        reload();
        void refresh();
      }}
    >
      <TextInput label={t('decisions.number')} required {...form.getInputProps('number')} />
      <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
