import { Badge, Button, Card, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { newIdempotencyKey, writeHeaders } from '../api/writes';
import type { TokenList, User, UserList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { IntegrationTokenForm } from '../components/IntegrationTokenForm';
import { InviteUserForm } from '../components/InviteUserForm';
import { PersonTokenForm } from '../components/PersonTokenForm';
import { TokenTable } from '../components/TokenTable';
import { UserAccessForm } from '../components/UserAccessForm';
import { UserOrganizationForm } from '../components/UserOrganizationForm';
import { UserUnlockButton } from '../components/UserUnlockButton';
import { useOrganizationNames } from '../hooks/useOrganizations';
import { intlLocale } from '../format/intl-locale';

/** The access tokens of scripts and integrations: whose, which role, when made, until when; revocable; a new one for an integration. */
function Tokens() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [making, setMaking] = useState(false);
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => unwrap<TokenList>(api.GET('/tokens')) });
  const revoke = async (id: string) => {
    await unwrap(api.POST('/tokens/{id}/revoke', { params: { path: { id } }, headers: writeHeaders(newIdempotencyKey()) }));
    await queries.invalidateQueries({ queryKey: ['tokens'] });
  };
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">{t('admin.tokens')}</Title>
        <Button size="xs" variant="default" onClick={() => setMaking(true)}>{t('userAdmin.integrationToken')}</Button>
      </Group>
      {tokens.error && <ErrorNotice error={tokens.error} />}
      <TokenTable tokens={tokens.data?.items ?? []} withRole onRevoke={revoke} />
      <Modal opened={making} onClose={() => setMaking(false)} title={t('userAdmin.integrationTitle')} closeButtonProps={{ 'aria-label': t('userAdmin.close') }} size="lg">
        {making && <IntegrationTokenForm />}
      </Modal>
    </Card>
  );
}

type Action = 'access' | 'organization' | 'token';

/** What an admin may do to one person from their row: change access, move them to another organisation, make a token for their script, unlock them. */
function PersonActions({ user, onOpen }: { user: User; onOpen(action: Action): void }) {
  const { t } = useTranslation();
  const name = user.displayName;
  return (
    <Group gap="xs" wrap="wrap">
      {user.email && <Button size="xs" variant="default" onClick={() => onOpen('access')} aria-label={`${t('admin.change')} ${name}`}>{t('admin.change')}</Button>}
      {(user.role === 'agency' || user.role === 'donor') && (
        <Button size="xs" variant="default" onClick={() => onOpen('organization')} aria-label={t('userAdmin.moveOf', { name })}>{t('userAdmin.move')}</Button>
      )}
      {user.status === 'active' && (
        <Button size="xs" variant="default" onClick={() => onOpen('token')} aria-label={t('userAdmin.tokenFor', { name })}>{t('userAdmin.token')}</Button>
      )}
      {user.lockedUntil && <UserUnlockButton user={user} />}
    </Group>
  );
}

/** Administration: the people who may sign in, invitations, roles, organisations, sign-in locks and access tokens. */
export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const names = useOrganizationNames();
  const users = useQuery({ queryKey: ['users'], queryFn: () => unwrap<UserList>(api.GET('/users')) });
  // The person by id, read from the list each time: a reload after someone else's change gives the forms their new revision.
  const [opened, setOpen] = useState<{ userId: string; action: Action }>();
  const openUser = users.data?.items.find((u) => u.id === opened?.userId);
  const open = opened && openUser && { user: openUser, action: opened.action };
  const close = () => setOpen(undefined);
  const reload = () => void users.refetch();
  const titles: Record<Action, (user: User) => string> = {
    access: (user) => `${t('admin.change')} ${user.displayName}`,
    organization: (user) => t('userAdmin.moveTitle', { name: user.displayName }),
    token: (user) => t('userAdmin.tokenTitle', { name: user.displayName }),
  };
  return (
    <Stack component="main">
      <Title order={1} size="h2">{t('admin.title')}</Title>
      {users.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {users.error && <ErrorNotice error={users.error} />}
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>{t('admin.name')}</Table.Th><Table.Th>{t('admin.email')}</Table.Th><Table.Th>{t('admin.role')}</Table.Th><Table.Th>{t('admin.organization')}</Table.Th><Table.Th>{t('admin.status')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {(users.data?.items ?? []).map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{u.email ?? '–'}</Table.Td>
                <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                <Table.Td>{u.organizationId ? names(u.organizationId) : '–'}</Table.Td>
                <Table.Td>
                  {/* red.9 as a light badge's fill left its label red on red: outlined, as the other warning badges. */}
                  <Badge variant={u.status === 'disabled' ? 'outline' : 'light'} color={u.status === 'disabled' ? 'red.9' : undefined}>{t(`admin.statuses.${u.status}`)}</Badge>
                  {u.lockedUntil && <Text size="xs" c="red.9">{t('userAdmin.lockedUntil', { when: new Date(u.lockedUntil).toLocaleString(intlLocale(i18n.language)) })}</Text>}
                </Table.Td>
                <Table.Td><PersonActions user={u} onOpen={(action) => setOpen({ userId: u.id, action })} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="gray.7">{t('userAdmin.lockHelp')}</Text>
      <InviteUserForm />
      <Tokens />
      <Modal opened={!!open} onClose={close} title={open ? titles[open.action](open.user) : ''} closeButtonProps={{ 'aria-label': open?.action === 'token' ? t('userAdmin.close') : t('conflict.keep') }} size={open?.action === 'token' ? 'lg' : 'md'}>
        {open?.action === 'access' && <UserAccessForm user={open.user} onDone={close} onReload={reload} />}
        {open?.action === 'access' && <Text size="xs" c="dimmed" mt="sm">{t('admin.sessionsEnd')}</Text>}
        {open?.action === 'organization' && <UserOrganizationForm user={open.user} onDone={close} onReload={reload} />}
        {open?.action === 'token' && <PersonTokenForm user={open.user} />}
      </Modal>
    </Stack>
  );
}
