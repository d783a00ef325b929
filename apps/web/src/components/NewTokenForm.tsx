import { Alert, Code, CopyButton, Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';

/** Makes a token of the person's own, for a script: its name and, if it should end, the day; the secret shown once. */
export function NewTokenForm() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [secret, setSecret] = useState<string>();
  const form = useForm({ initialValues: { displayName: '', expiresOn: '' } });
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/auth/tokens', {
        body: { displayName: v.displayName, ...(v.expiresOn ? { expiresAt: `${v.expiresOn}T00:00:00Z` } : {}) },
        headers,
      }),
    toFormPaths: (errors) => ({ ...errors, ...(errors.expiresAt ? { expiresOn: errors.expiresAt } : {}) }),
    async onDone(result) {
      setSecret((result as unknown as { token: string }).token);
      form.reset();
      await queries.invalidateQueries({ queryKey: ['own-tokens'] });
    },
  });
  return (
    <>
      {secret && (
        <Alert variant="outline" color="green.9" role="status" mt="sm" title={t('account.tokenMade')}>
          <Group gap="xs" wrap="nowrap">
            <Code style={{ wordBreak: 'break-all' }}>{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t('account.copied') : t('account.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('account.makeToken')}>
        <Group grow wrap="wrap" mt="sm">
          <TextInput label={t('account.tokenName')} description={t('account.tokenNameHint')} required {...form.getInputProps('displayName')} />
          <TextInput label={t('account.tokenExpires')} type="date" {...form.getInputProps('expiresOn')} />
        </Group>
      </CommandForm>
    </>
  );
}
