import { Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeetingKind } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { MEETING_KINDS, useMeetingList } from '../hooks/useMeetings';
import { useOrganizationNames } from '../hooks/useOrganizations';
import { useSession } from '../session';

/** The meetings where recommendations were made: roundtables, workshops, technical meetings, evaluations. */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const names = useOrganizationNames();
  const [params, setParams] = useSearchParams();
  // The filters live in the URL, so a filtered list can be shared.
  const setParam = (key: string, value: string | null) =>
    setParams((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    }, { replace: true });
  const kind = (params.get('kind') ?? undefined) as MeetingKind | undefined;
  const q = params.get('q') ?? '';
  const [search] = useDebouncedValue(q, 300);
  const meetings = useMeetingList({ ...(search ? { q: search } : {}), ...(kind ? { kind } : {}) });
  const items = meetings.data?.items ?? [];
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('meetings.title')}</Title>
        {can('admin', 'secretariat') && <Button component={Link} to="/meetings/new">{t('meetingForm.title')}</Button>}
      </Group>
      <Group align="end">
        <TextInput label={t('meetings.search')} value={q} onChange={(e) => setParam('q', e.currentTarget.value)} />
        <Select
          label={t('recommendationForm.kind')}
          clearable
          value={kind ?? null}
          data={MEETING_KINDS.map((k) => ({ value: k, label: t(`recommendationForm.kinds.${k}`) }))}
          onChange={(value) => setParam('kind', value)}
        />
      </Group>
      {meetings.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {meetings.error && <ErrorNotice error={meetings.error} />}
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr><Table.Th>{t('meetings.heldOn')}</Table.Th><Table.Th>{t('meetings.meeting')}</Table.Th><Table.Th>{t('recommendationForm.kind')}</Table.Th><Table.Th>{t('meetings.organizers')}</Table.Th><Table.Th>{t('meetings.place')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.heldOn}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/meetings/${m.id}`}>{m.title}</Anchor>
                  {!m.recorded && <Badge variant="outline" color="gray.7" ml={6}>{t('meetings.fromSource')}</Badge>}
                </Table.Td>
                <Table.Td>{t(`recommendationForm.kinds.${m.kind}`)}</Table.Td>
                <Table.Td>{m.organizerIds.map(names).join(', ')}</Table.Td>
                <Table.Td>{m.place ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {meetings.data && items.length === 0 && <Text>{t('meetings.none')}</Text>}
    </Stack>
  );
}
