import { Group, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { User } from '../api/views';
import { CommandForm } from './CommandForm';
import { expiresAtOf, expiryAsField, TokenSecret } from './TokenSecret';

interface PersonTokenValues {
  displayName: string;
  expiresOn: string;
  reason: string;
}

/**
 * An admin makes an access token for a person's script (`POST /users/{id}/tokens`): it acts as them, with
 * their role and organisation, until the day given or until revoked; the secret is shown once.
 */
export function PersonTokenForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [secret, setSecret] = useState<string>();
  const form = useForm<PersonTokenValues>({ initialValues: { displayName: '', expiresOn: '', reason: '' } });
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/users/{id}/tokens', {
        params: { path: { id: user.id } },
        body: { displayName: v.displayName, ...expiresAtOf(v.expiresOn), ...(v.reason ? { reason: v.reason } : {}) },
        headers,
      }),
    toFormPaths: expiryAsField,
    async onDone(result) {
      setSecret((result as unknown as { token: string }).token);
      form.reset();
      await queries.invalidateQueries({ queryKey: ['tokens'] });
      await queries.invalidateQueries({ queryKey: ['own-tokens'] });
    },
  });
  return (
    <>
      <Text size="sm">{t('userAdmin.tokenLead', { name: user.displayName })}</Text>
      {secret && <TokenSecret secret={secret} title={t('userAdmin.tokenMade')} />}
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('userAdmin.tokenSubmit')}>
        <Group grow wrap="wrap" mt="sm" align="start">
          <TextInput label={t('account.tokenName')} description={t('account.tokenNameHint')} required {...form.getInputProps('displayName')} />
          <TextInput label={t('account.tokenExpires')} type="date" {...form.getInputProps('expiresOn')} />
        </Group>
        <TextInput label={t('userAdmin.reasonOptional')} {...form.getInputProps('reason')} />
      </CommandForm>
    </>
  );
}
