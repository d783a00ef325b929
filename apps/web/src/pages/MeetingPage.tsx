import { Anchor, Badge, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { MeetingDetails } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { MeetingCorrections } from '../components/MeetingCorrections';
import { MeetingDocumentForm } from '../components/MeetingDocumentForm';
import { MeetingRecommendations } from '../components/MeetingRecommendations';
import { useOrganizationNames } from '../hooks/useOrganizations';
import { useSession } from '../session';

/** One meeting: who convened it and took part, its documents, and what became of each recommendation made at it; for the secretariat, its corrections. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const records = useSession().can('admin', 'secretariat');
  const names = useOrganizationNames();
  const meeting = useQuery({
    queryKey: ['meeting', id, i18n.language],
    queryFn: () => unwrap<MeetingDetails>(api.GET('/meetings/{id}', { params: { path: { id } } })),
  });
  const m = meeting.data;
  return (
    <Stack component="main">
      {meeting.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {meeting.error && <ErrorNotice error={meeting.error} />}
      {m && (
        <>
          <div>
            <Text size="sm" c="gray.7">{t(`recommendationForm.kinds.${m.kind}`)} · {m.heldOn}{m.place ? ` · ${m.place}` : ''}</Text>
            <Title order={1} size="h2">{m.title}</Title>
            {!m.recorded && <Text size="sm" mt="xs">{t('meetings.fromSourceHint')}</Text>}
          </div>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('meetings.organizers')}</Title>
              <Group gap="xs">{m.organizers.map((o) => <Badge key={o.id} variant="outline" title={o.name ?? undefined}>{o.acronym}</Badge>)}</Group>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('meetings.participants')}</Title>
              <Group gap="xs">{m.participantIds.map((p) => <Badge key={p} variant="outline">{names(p)}</Badge>)}</Group>
              {m.participantIds.length === 0 && <Text size="sm">{t('meetings.noParticipants')}</Text>}
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('meetings.documents')}</Title>
              <List size="sm" spacing={4}>{m.documents.map((d) => <List.Item key={d.url}><Anchor href={d.url} target="_blank" rel="noreferrer">{d.title}</Anchor></List.Item>)}</List>
              {m.documents.length === 0 && <Text size="sm">{t('meetings.noDocuments')}</Text>}
            </Card>
          </SimpleGrid>
          {records && m.recorded && <MeetingDocumentForm meetingId={m.id} />}
          <Card withBorder>
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">{t('meetings.recommendations')}</Title>
              {records && m.recorded && <Button size="xs" component={Link} to={`/recommendations/new?meetingId=${m.id}`}>{t('recommendationForm.title')}</Button>}
            </Group>
            <MeetingRecommendations recommendations={m.recommendations} names={names} />
          </Card>
          {/* Read anew, the corrections keep what is being typed; the title is in the interface's language, so they start again in another. */}
          {records && m.recorded && m.revision !== null && <MeetingCorrections key={i18n.language} meeting={m} />}
        </>
      )}
    </Stack>
  );
}
