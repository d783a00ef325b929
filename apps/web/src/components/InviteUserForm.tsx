import { Card, Group, Select, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';
import { OrganizationPicker } from './OrganizationPicker';

export const ROLES = ['admin', 'secretariat', 'agency', 'commission', 'donor'] as const;
export const LANGUAGES = ['en', 'ru', 'tg'] as const;

interface InviteValues {
  email: string;
  displayName: string;
  role: (typeof ROLES)[number] | null;
  organizationId: string | null;
  language: (typeof LANGUAGES)[number];
  reason: string;
}

/** Invites a person: the service mails them a link to set their password (valid 72 hours, once). */
export function InviteUserForm() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<InviteValues>({ initialValues: { email: '', displayName: '', role: null, organizationId: null, language: 'en', reason: '' } });
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/users', {
        body: {
          email: v.email,
          displayName: v.displayName,
          role: v.role as (typeof ROLES)[number],
          language: v.language,
          ...(v.organizationId ? { organizationId: v.organizationId } : {}),
          ...(v.reason ? { reason: v.reason } : {}),
        },
        headers,
      }),
    async onDone() {
      setSentTo(form.values.email);
      form.reset();
      await queries.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const needsOrganization = form.values.role === 'agency' || form.values.role === 'donor';
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('admin.invite')}</Title>
      {sentTo && <div role="status">{t('admin.invited', { email: sentTo })}</div>}
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('admin.sendInvitation')}>
        <Group grow wrap="wrap">
          <TextInput label={t('admin.email')} type="email" required {...form.getInputProps('email')} />
          <TextInput label={t('admin.name')} required {...form.getInputProps('displayName')} />
        </Group>
        <Group grow wrap="wrap">
          <Select label={t('admin.role')} required data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} {...form.getInputProps('role')} />
          <Select label={t('admin.language')} data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))} allowDeselect={false} {...form.getInputProps('language')} />
        </Group>
        {needsOrganization && <OrganizationPicker label={t('admin.organization')} required {...form.getInputProps('organizationId')} />}
        <TextInput label={t('report.reason')} {...form.getInputProps('reason')} />
    </CommandForm>
    </Card>
  );
}
