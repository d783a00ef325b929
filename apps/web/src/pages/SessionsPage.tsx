import { Anchor, Badge, Button, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import type { SessionList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { useSession } from '../session';

/** The commission's sessions, latest first: number, dates, status and agenda. */
export default function SessionsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const sessions = useQuery({
    queryKey: ['sessions', i18n.language],
    queryFn: () => allPages((page) => unwrap<SessionList>(api.GET('/commission/sessions', { params: { query: { page, pageSize: 200 } } }))),
  });
  const items = [...(sessions.data?.items ?? [])].sort((a, b) => b.scheduledOn.localeCompare(a.scheduledOn));
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('sessions.title')}</Title>
        {can('admin', 'secretariat') && <Button component={Link} to="/commission/sessions/new">{t('sessionForm.title')}</Button>}
      </Group>
      {sessions.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {sessions.error && <ErrorNotice error={sessions.error} />}
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr><Table.Th>{t('sessions.number')}</Table.Th><Table.Th>{t('sessions.date')}</Table.Th><Table.Th>{t('sessions.status')}</Table.Th><Table.Th>{t('sessions.agenda')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td><Anchor component={Link} to={`/commission/sessions/${s.id}`}>{t('sessions.session', { number: s.number })}</Anchor></Table.Td>
                <Table.Td>{s.heldOn ?? s.scheduledOn}</Table.Td>
                <Table.Td><Badge variant="light">{t(`status.${s.status}`, s.status)}</Badge></Table.Td>
                <Table.Td>{s.agenda.join(' · ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
