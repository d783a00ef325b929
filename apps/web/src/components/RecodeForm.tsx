import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../api/useCommand';
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

/** A plan's or an activity's code corrected, with a reason; a code another record holds is refused beside the field, with a link to it. */
export function RecodeForm({ code, revision, hint, recode, refresh }: RecodeProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { code, reason: '' } });
  const command = useCommand({ form, basedOn: revision, send: (v, headers) => recode(v, headers), onDone: async () => void (await refresh()) });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('recode.submit')} onReload={() => void refresh()}>
      <TextInput label={t('recode.code')} description={hint} required {...form.getInputProps('code')} />
      <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
