import { Badge, Button, Card, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { newIdempotencyKey, writeHeaders } from '../api/writes';
import type { TokenList, User, UserList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { InviteUserForm } from '../components/InviteUserForm';
import { TokenTable } from '../components/TokenTable';
import { UserAccessForm } from '../components/UserAccessForm';
import { useOrganizationNames } from '../hooks/useOrganizations';

/** The access tokens of scripts and integrations: whose, which role, when made, until when; revocable. */
function Tokens() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => unwrap<TokenList>(api.GET('/tokens')) });
  const revoke = async (id: string) => {
    await unwrap(api.POST('/tokens/{id}/revoke', { params: { path: { id } }, headers: writeHeaders(newIdempotencyKey()) }));
    await queries.invalidateQueries({ queryKey: ['tokens'] });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('admin.tokens')}</Title>
      {tokens.error && <ErrorNotice error={tokens.error} />}
      <TokenTable tokens={tokens.data?.items ?? []} withRole onRevoke={revoke} />
    </Card>
  );
}

/** Administration: the people who may sign in, invitations, roles and access tokens. */
export default function UsersPage() {
  const { t } = useTranslation();
  const names = useOrganizationNames();
  const users = useQuery({ queryKey: ['users'], queryFn: () => unwrap<UserList>(api.GET('/users')) });
  const [editing, setEditing] = useState<User>();
  return (
    <Stack component="main">
      <Title order={1} size="h2">{t('admin.title')}</Title>
      {users.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {users.error && <ErrorNotice error={users.error} />}
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>{t('admin.name')}</Table.Th><Table.Th>{t('admin.email')}</Table.Th><Table.Th>{t('admin.role')}</Table.Th><Table.Th>{t('admin.organization')}</Table.Th><Table.Th>{t('admin.status')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {(users.data?.items ?? []).map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{u.email ?? '–'}</Table.Td>
                <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                <Table.Td>{u.organizationId ? names(u.organizationId) : '–'}</Table.Td>
                <Table.Td><Badge variant="light" color={u.status === 'disabled' ? 'red.9' : undefined}>{t(`admin.statuses.${u.status}`)}</Badge></Table.Td>
                <Table.Td>{u.email && <Button size="xs" variant="default" onClick={() => setEditing(u)} aria-label={`${t('admin.change')} ${u.displayName}`}>{t('admin.change')}</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <InviteUserForm />
      <Tokens />
      <Modal opened={!!editing} onClose={() => setEditing(undefined)} title={editing ? `${t('admin.change')} ${editing.displayName}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        {editing && <UserAccessForm user={editing} onDone={() => setEditing(undefined)} />}
        {editing && <Text size="xs" c="dimmed" mt="sm">{t('admin.sessionsEnd')}</Text>}
      </Modal>
    </Stack>
  );
}
