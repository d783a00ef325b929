import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';
import type { User } from '../api/views';
import { ROLES } from './InviteUserForm';
import { OrganizationPicker } from './OrganizationPicker';

type Action = 'role' | 'disable' | 'enable' | 'invitation';

interface AccessValues {
  action: Action;
  role: (typeof ROLES)[number];
  organizationId: string | null;
  reason: string;
}

/** Changes a person's access, always with a reason: their role (and organisation), disabling or enabling them, or a new invitation. */
export function UserAccessForm({ user, onDone, onReload }: { user: User; onDone(): void; onReload(): void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<AccessValues>({ initialValues: { action: 'role', role: user.role, organizationId: user.organizationId, reason: '' } });
  const path = { params: { path: { id: user.id } } };
  const command = useCommand({
    form,
    // The person as read when the form opened: another admin's change meanwhile is a 412, not overwritten.
    basedOn: user.revision,
    send: (v, headers) => {
      const reason = { reason: v.reason };
      if (v.action === 'disable') return api.POST('/users/{id}/disable', { ...path, body: reason, headers });
      if (v.action === 'enable') return api.POST('/users/{id}/enable', { ...path, body: reason, headers });
      if (v.action === 'invitation') return api.POST('/users/{id}/invitation', { ...path, body: v.reason ? reason : {}, headers });
      return api.POST('/users/{id}/role', { ...path, body: { role: v.role, reason: v.reason, ...(v.organizationId ? { organizationId: v.organizationId } : {}) }, headers });
    },
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['users'] });
      onDone();
    },
  });
  const actions: Action[] = ['role', user.status === 'disabled' ? 'enable' : 'disable', ...(user.status === 'invited' ? (['invitation'] as const) : [])];
  const { action, role } = form.values;
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} onReload={onReload} submitLabel={t(`admin.actions.${action}`)}>
      <Select label={t('admin.action')} data={actions.map((a) => ({ value: a, label: t(`admin.actions.${a}`) }))} allowDeselect={false} {...form.getInputProps('action')} />
      {action === 'role' && (
        <Group grow wrap="wrap">
          <Select label={t('admin.role')} data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} allowDeselect={false} {...form.getInputProps('role')} />
          {(role === 'agency' || role === 'donor') && <OrganizationPicker label={t('admin.organization')} {...form.getInputProps('organizationId')} />}
        </Group>
      )}
      <TextInput label={t('report.reason')} required={action !== 'invitation'} {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
