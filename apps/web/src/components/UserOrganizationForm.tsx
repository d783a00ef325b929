import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { User } from '../api/views';
import { useOrganizationById } from '../hooks/useOrganizations';
import { CommandForm } from './CommandForm';
import { OrganizationPicker } from './OrganizationPicker';

interface MoveValues {
  organizationId: string | null;
  reason: string;
}

/**
 * Moves an agency's or a donor's person to another organisation (`POST /users/{id}/organization`), with a
 * reason: a focal point who changed ministry keeps their account, role and tokens' history. Only those two
 * roles have an organisation; their sessions end at once.
 */
export function UserOrganizationForm({ user, onDone, onReload }: { user: User; onDone(): void; onReload(): void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const byId = useOrganizationById();
  const current = user.organizationId ? byId(user.organizationId) : undefined;
  const form = useForm<MoveValues>({ initialValues: { organizationId: null, reason: '' } });
  const command = useCommand({
    form,
    // The person as read when the form opened: another admin's change meanwhile is a 412, not overwritten.
    basedOn: user.revision,
    send: (v, headers) =>
      api.POST('/users/{id}/organization', { params: { path: { id: user.id } }, body: { organizationId: v.organizationId ?? '', reason: v.reason }, headers }),
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['users'] });
      onDone();
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} onReload={onReload} submitLabel={t('userAdmin.moveSubmit')}>
      <Text size="sm">{t('userAdmin.moveLead')}</Text>
      <OrganizationPicker
        label={t('userAdmin.newOrganization')}
        description={current ? t('userAdmin.now', { organization: `${current.acronym} · ${current.name}` }) : undefined}
        required
        {...form.getInputProps('organizationId')}
      />
      <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
