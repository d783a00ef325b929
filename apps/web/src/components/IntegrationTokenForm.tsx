import { Group, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';
import { ROLES } from './InviteUserForm';
import { OrganizationPicker } from './OrganizationPicker';
import { TokenSecret } from './TokenSecret';

interface IntegrationTokenValues {
  role: (typeof ROLES)[number] | null;
  organizationId: string | null;
  displayName: string;
}

/**
 * An admin makes an access token for an integration's script (`POST /tokens`): it carries the role chosen
 * (and, for an agency or a donor, the organisation), belongs to the admin who makes it, and has no expiry
 * (the route takes none): it works until revoked. The secret is shown once.
 */
export function IntegrationTokenForm() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [secret, setSecret] = useState<string>();
  const form = useForm<IntegrationTokenValues>({ initialValues: { role: null, organizationId: null, displayName: '' } });
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/tokens', {
        body: {
          role: v.role as (typeof ROLES)[number],
          displayName: v.displayName,
          ...((v.role === 'agency' || v.role === 'donor') && v.organizationId ? { organizationId: v.organizationId } : {}),
        },
        headers,
      }),
    async onDone(result) {
      setSecret((result as unknown as { token: string }).token);
      form.reset();
      await queries.invalidateQueries({ queryKey: ['tokens'] });
      await queries.invalidateQueries({ queryKey: ['own-tokens'] });
    },
  });
  const needsOrganization = form.values.role === 'agency' || form.values.role === 'donor';
  return (
    <>
      <Text size="sm">{t('userAdmin.integrationLead')}</Text>
      {secret && <TokenSecret secret={secret} title={t('userAdmin.tokenMade')} />}
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('userAdmin.tokenSubmit')}>
        <Group grow wrap="wrap" mt="sm" align="start">
          <Select label={t('admin.role')} required data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} {...form.getInputProps('role')} />
          {needsOrganization && <OrganizationPicker label={t('admin.organization')} required {...form.getInputProps('organizationId')} />}
        </Group>
        <TextInput label={t('account.tokenName')} description={t('userAdmin.integrationNameHint')} required {...form.getInputProps('displayName')} />
      </CommandForm>
    </>
  );
}
