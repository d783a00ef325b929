import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../api/useCommand';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm } from './CommandForm';

type Answer = { data?: unknown; error?: unknown; response: Response };

interface RecodeProps {
  code: string;
  revision: number;
  /** What the code must be unique within, and what it names: said under the field. */
  hint: string;
  recode(body: { code: string; reason: string }, headers: Record<string, string>): Promise<Answer>;
  refresh(): Promise<unknown>;
}

const valuesOf = ({ code }: { code: string }) => ({ code, reason: '' });

/** A plan's or an activity's code corrected, with a reason; a code another record holds is refused beside the field, with a link to it. */
export function RecodeForm({ code, revision, hint, recode, refresh }: RecodeProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: valuesOf({ code }) });
  // Based on the code as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, { code, revision }, valuesOf);
  const command = useCommand({
    form,
    basedOn: held?.revision,
    send: (v, headers) => recode(v, headers),
    async onDone() {
      written();
      await refresh();
    },
  });
  // The dialog's reload: the record as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void refresh();
  };
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('recode.submit')} onReload={reloadRecord}>
      <TextInput label={t('recode.code')} description={hint} required {...form.getInputProps('code')} />
      <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
