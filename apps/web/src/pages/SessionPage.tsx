import { Anchor, Badge, Button, Card, Group, List, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { SessionDetails } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { SessionAgendaForm } from '../components/SessionAgendaForm';
import { SessionCorrections } from '../components/SessionCorrections';
import { SessionHeldForm } from '../components/SessionHeldForm';
import { useSession } from '../session';

/** One session of the commission: agenda, who attended, the decisions taken and the recommendations reviewed. */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const records = useSession().can('admin', 'secretariat');
  const session = useQuery({
    queryKey: ['session', id, i18n.language],
    queryFn: () => unwrap<SessionDetails>(api.GET('/commission/sessions/{id}', { params: { path: { id } } })),
  });
  const s = session.data;
  // A held session's empty list is a fact of the record ("none recorded"), a scheduled one's a wait ("none yet").
  const nothingYet = (yet: string) => (s?.status === 'held' ? t('sessions.noneRecorded') : yet);
  return (
    <Stack component="main">
      {session.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {session.error && <ErrorNotice error={session.error} />}
      {s && (
        <>
          <div>
            <Text size="sm" c="gray.7">{s.heldOn ? `${t('sessions.heldOn')} ${s.heldOn}` : `${t('sessions.scheduledOn')} ${s.scheduledOn}`}{s.minutesRef ? ` · ${t('sessions.minutes')} ${s.minutesRef}` : ''}</Text>
            <Title order={1} size="h2">{t('sessions.session', { number: s.number })}</Title>
            <Group gap="xs" mt="xs">
              <Badge variant="light">{t(`status.${s.status}`, s.status)}</Badge>
              <Anchor href={`/commission/sessions/${s.id}/pack?lang=${i18n.language}`} target="_blank" size="sm">{t('sessions.packHtml')}</Anchor>
              <Anchor href={`/commission/sessions/${s.id}/pack?format=pdf&lang=${i18n.language}`} target="_blank" size="sm">{t('sessions.packPdf')}</Anchor>
            </Group>
          </div>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('sessions.agenda')}</Title>
              <List type="ordered" spacing={4}>{s.agenda.map((item, i) => <List.Item key={i}>{item}</List.Item>)}</List>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('sessions.attendees')}</Title>
              <Group gap="xs">{s.attendees.map((a) => <Badge key={a.id} variant="outline" title={a.name ?? undefined}>{a.acronym}</Badge>)}</Group>
              {s.attendees.length === 0 && <Text size="sm">{t('sessions.noAttendees')}</Text>}
            </Card>
          </SimpleGrid>
          {records && s.status === 'scheduled' && <SessionHeldForm session={s} />}
          {/* Read anew, the forms keep what is being typed; the agenda's items are in the interface's language, so it starts again in another. */}
          {records && <SessionCorrections session={s} />}
          {records && s.status === 'scheduled' && <SessionAgendaForm key={i18n.language} session={s} />}
          <Card withBorder>
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">{t('sessions.decisions')}</Title>
              {records && s.status === 'held' && <Button size="xs" component={Link} to={`/decisions/new?sessionId=${s.id}`}>{t('decisionForm.title')}</Button>}
            </Group>
            {s.decisions.length === 0 ? (
              <Text size="sm">{nothingYet(t('sessions.noDecisions'))}</Text>
            ) : (
              <Table.ScrollContainer minWidth={420}>
                <Table>
                  <Table.Tbody>
                    {s.decisions.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>{d.number}</Table.Td>
                        <Table.Td><Anchor component={Link} to={`/decisions?view=all&focus=${d.id}`}>{d.title}</Anchor></Table.Td>
                        <Table.Td><Badge variant="light">{t(`status.${d.status}`, d.status)}</Badge></Table.Td>
                        <Table.Td>{d.dueDate ? `${t('decisions.due')} ${d.dueDate}` : ''}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('sessions.recommendations')}</Title>
            {s.recommendations.length === 0 && <Text size="sm">{nothingYet(t('sessions.noRecommendations'))}</Text>}
            <List spacing="xs">
              {s.recommendations.map((r) => (
                <List.Item key={r.id}>
                  <Text size="sm">{r.text}</Text>
                  <Text size="xs" c="gray.7">{t(`outcome.${r.outcome}`, r.outcome)}{r.reason ? ` · ${r.reason}` : ''} · {t(`status.${r.status}`, r.status)}</Text>
                </List.Item>
              ))}
            </List>
          </Card>
        </>
      )}
    </Stack>
  );
}
