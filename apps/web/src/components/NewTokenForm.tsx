import { Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';
import { expiresAtOf, expiryAsField, TokenSecret } from './TokenSecret';

/** Makes a token of the person's own, for a script: its name and, if it should end, the day; the secret shown once. */
export function NewTokenForm() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [secret, setSecret] = useState<string>();
  const form = useForm({ initialValues: { displayName: '', expiresOn: '' } });
  const command = useCommand({
    form,
    send: (v, headers) => api.POST('/auth/tokens', { body: { displayName: v.displayName, ...expiresAtOf(v.expiresOn) }, headers }),
    toFormPaths: expiryAsField,
    async onDone(result) {
      setSecret((result as unknown as { token: string }).token);
      form.reset();
      await queries.invalidateQueries({ queryKey: ['own-tokens'] });
    },
  });
  return (
    <>
      {secret && <TokenSecret secret={secret} title={t('account.tokenMade')} />}
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('account.makeToken')}>
        <Group grow wrap="wrap" mt="sm">
          <TextInput label={t('account.tokenName')} description={t('account.tokenNameHint')} required {...form.getInputProps('displayName')} />
          <TextInput label={t('account.tokenExpires')} type="date" {...form.getInputProps('expiresOn')} />
        </Group>
      </CommandForm>
    </>
  );
}
