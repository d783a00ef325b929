import { Alert, Button, Card, Code, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { AuditTrail, AuditVerification } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';

/** The result of a verification, with the digest and position to write into the minutes. */
function Verification({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  return (
    <Alert variant="outline" color={result.ok ? 'green.9' : 'red.9'} role="status">
      <Text fw={700} c={result.ok ? '#1b5e20' : '#8b0000'}>{result.ok ? t('audit.verified') : t('audit.broken')}</Text>
      <Text size="sm">{t('audit.events')}: {result.eventsChecked}</Text>
      <Text size="sm">{t('audit.digest')}: <Code>{result.digest}</Code></Text>
      <Text size="sm">{t('audit.position')}: <Code>{result.position}</Code></Text>
    </Alert>
  );
}

/** The audit trail, filtered by stream; "verify the record" checks the whole hash chain. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [stream, setStream] = useState('');
  const [filter, setFilter] = useState<string | undefined>();
  const trail = useQuery({ queryKey: ['audit', filter], queryFn: () => unwrap<AuditTrail>(api.GET('/audit', { params: { query: { stream: filter, pageSize: 100 } as never } })) });
  const verify = useMutation({ mutationFn: () => unwrap<AuditVerification>(api.GET('/audit/verify', { params: { query: { full: true } as never } })) });
  return (
    <Stack component="main">
      <Title order={1} size="h2">{t('audit.title')}</Title>
      <Card withBorder>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>{t('audit.verify')}</Button>
        <div style={{ marginTop: 12 }}>
          {verify.error && <ErrorNotice error={verify.error} />}
          {verify.data && <Verification result={verify.data} />}
        </div>
      </Card>
      <form onSubmit={(e) => { e.preventDefault(); setFilter(stream || undefined); }}>
        <TextInput label={t('audit.stream')} value={stream} onChange={(e) => setStream(e.currentTarget.value)} />
      </form>
      {trail.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {trail.error && <ErrorNotice error={trail.error} />}
      {trail.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{t('audit.when')}</Table.Th><Table.Th>{t('audit.who')}</Table.Th><Table.Th>{t('audit.type')}</Table.Th><Table.Th>{t('audit.stream')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {trail.data.items.map((e) => (
                <Table.Tr key={e.eventId}><Table.Td>{new Date(e.recordedAt).toLocaleString()}</Table.Td><Table.Td>{e.actor.name} ({e.role})</Table.Td><Table.Td>{e.type}</Table.Td><Table.Td><Code>{e.stream}</Code></Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
