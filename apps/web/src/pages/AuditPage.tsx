import { Alert, Anchor, Button, Card, Group, Loader, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { AuditTrail, AuditVerification } from '../api/views';
import { AuditRecord } from '../components/AuditRecord';
import { DigestCheck } from '../components/DigestCheck';
import { DigestCode } from '../components/DigestCode';
import { useEventName } from '../i18n/event-name';
import { useRoleName } from '../i18n/role-name';
import { ErrorNotice } from '../components/ErrorNotice';
import { Link, useSearchParams } from 'react-router';
import { intlLocale } from '../format/intl-locale';

/** The result of a verification, with the digest and position to write into the minutes. */
function Verification({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  return (
    <Alert variant="outline" color={result.ok ? 'green.9' : 'red.9'} role="status">
      <Text fw={700} c={result.ok ? '#1b5e20' : '#8b0000'}>{result.ok ? t('audit.verified') : t('audit.broken')}</Text>
      <Text size="sm">{t('audit.events')}: {result.eventsChecked}</Text>
      <Text size="xs" c="gray.7">{t('audit.eventsNote')}</Text>
      <Text size="sm">{t('audit.digest')}: <DigestCode>{result.digest}</DigestCode></Text>
      <Text size="sm">{t('audit.position')}: <DigestCode>{result.position}</DigestCode></Text>
    </Alert>
  );
}

const FILTERS = ['stream', 'actor', 'from', 'to'] as const;
const PAGE_SIZE = 50;

/** The audit trail, newest first and paged, with its filters (in the URL); "verify the record" checks the whole hash chain; a digest from minutes is checked at its position. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const eventName = useEventName();
  const roleName = useRoleName();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
  const [typed, setTyped] = useState<Record<string, string>>(applied);
  // A day typed as "to" includes that whole day.
  const page = Number(params.get('page') ?? 1);
  // Newest first: a reviewer opens the trail on what happened last, and pages back.
  const query = { ...applied, ...(applied.to ? { to: `${applied.to}T23:59:59.999Z` } : {}), order: 'newest' as const, page, pageSize: PAGE_SIZE };
  const trail = useQuery({ queryKey: ['audit', applied, page], queryFn: () => unwrap<AuditTrail>(api.GET('/audit', { params: { query } })) });
  const verify = useMutation({ mutationFn: () => unwrap<AuditVerification>(api.GET('/audit/verify', { params: { query: { full: true } } })) });
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
      <DigestCheck />
      <form onSubmit={(e) => { e.preventDefault(); setParams(Object.fromEntries(Object.entries(typed).filter(([, v]) => v))); }}>
        <Group align="end" wrap="wrap">
          {FILTERS.map((f) => (
            <TextInput key={f} label={t(`audit.filters.${f}`)} type={f === 'from' || f === 'to' ? 'date' : 'text'} value={typed[f] ?? ''} onChange={(e) => setTyped({ ...typed, [f]: e.currentTarget.value })} />
          ))}
          <Button type="submit" variant="default">{t('activities.search')}</Button>
        </Group>
      </form>
      {trail.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {trail.error && <ErrorNotice error={trail.error} />}
      {trail.data && (
        <>
          <Text size="sm">{t('audit.count', { count: trail.data.total })}</Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>{t('audit.when')}</Table.Th><Table.Th>{t('audit.who')}</Table.Th><Table.Th>{t('audit.type')}</Table.Th><Table.Th>{t('audit.record')}</Table.Th><Table.Th>{t('audit.effectiveOn')}</Table.Th><Table.Th>{t('audit.reason')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {trail.data.items.map((e) => (
                  <Table.Tr key={e.eventId}>
                    <Table.Td>{new Date(e.recordedAt).toLocaleString(intlLocale(i18n.language))}</Table.Td>
                    <Table.Td>{e.actor.id ? <Anchor component={Link} to={`?actor=${encodeURIComponent(e.actor.id)}`} onClick={() => setTyped({ actor: e.actor.id! })}>{e.actor.name ?? e.actor.id}</Anchor> : e.actor.name} ({roleName(e.role)})</Table.Td>
                    <Table.Td>{eventName(e.type)}</Table.Td>
                    <Table.Td><AuditRecord stream={e.stream} /></Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.effectiveOn}</Table.Td>
                    <Table.Td>{e.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pagination
            total={Math.max(1, Math.ceil(trail.data.total / PAGE_SIZE))}
            value={page}
            onChange={(next) => setParams({ ...applied, page: String(next) })}
            getItemProps={(n) => ({ 'aria-label': `${t('audit.page')} ${n}` })}
            getControlProps={(control) => ({ 'aria-label': `${t('audit.page')} ${control}` })}
          />
        </>
      )}
    </Stack>
  );
}
