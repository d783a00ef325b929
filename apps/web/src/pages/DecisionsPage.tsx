import { Badge, Button, Group, List, Loader, Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import type { Decision, DecisionList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { FollowUpForm } from '../components/FollowUpForm';
import { useOrganizationNames } from '../hooks/useOrganizations';
import { useSession } from '../session';
import { daysFromToday } from '../format/days';

const VIEWS = ['open', 'dueSoon', 'overdue', 'implemented', 'revoked', 'all'] as const;
type View = (typeof VIEWS)[number];
const DUE_SOON_DAYS = 30;

/** What each view asks the API for; "due soon" is the open ones due within 30 days, not yet overdue. */
function queryOf(view: View): Record<string, string> {
  if (view === 'overdue') return { overdue: 'true' };
  if (view === 'dueSoon') return { status: 'open', overdue: 'false' };
  if (view === 'all') return {};
  return { status: view };
}

function dueSoon(decision: Decision): boolean {
  return !!decision.dueDate && decision.dueDate <= daysFromToday(DUE_SOON_DAYS);
}

/** The decision tracker: open, due soon, overdue, implemented, revoked (or all) decisions with their follow-ups. */
export default function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const names = useOrganizationNames();
  const { can, me } = useSession();
  const [following, setFollowing] = useState<Decision>();
  // The secretariat, or an agency the decision names responsible (as the API decides).
  const mayFollowUp = (d: Decision) => can('admin', 'secretariat') || (me?.role === 'agency' && !!me.organizationId && d.responsibleAgencyIds.includes(me.organizationId));
  const [params, setParams] = useSearchParams();
  const view = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'open';
  const decisions = useQuery({
    queryKey: ['decisions', view, i18n.language],
    queryFn: () => allPages((page) => unwrap<DecisionList>(api.GET('/decisions', { params: { query: { ...queryOf(view), page, pageSize: 200 } } }))),
  });
  const items = (decisions.data?.items ?? []).filter((d) => view !== 'dueSoon' || dueSoon(d)).sort((a, b) => (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'));
  // Opened on one decision (from a session's page, or a reminder's link): the page goes to its row.
  const focus = params.get('focus');
  useEffect(() => {
    if (focus && decisions.data) document.getElementById(`decision-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, decisions.data]);
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('decisions.title')}</Title>
        {can('admin', 'secretariat') && <Button component={Link} to="/decisions/new">{t('decisionForm.title')}</Button>}
      </Group>
      <SegmentedControl
        aria-label={t('decisions.view')}
        data={VIEWS.map((v) => ({ value: v, label: t(`decisions.views.${v}`) }))}
        value={view}
        onChange={(v) => setParams({ view: v })}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      {decisions.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {decisions.error && <ErrorNotice error={decisions.error} />}
      {decisions.data && items.length === 0 && <Text>{t('decisions.none')}</Text>}
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr><Table.Th>{t('decisions.number')}</Table.Th><Table.Th>{t('decisions.decision')}</Table.Th><Table.Th>{t('decisions.responsible')}</Table.Th><Table.Th>{t('decisions.due')}</Table.Th><Table.Th>{t('decisions.status')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id} id={`decision-${d.id}`} bg={focus === d.id ? 'yellow.0' : undefined} aria-current={focus === d.id ? 'true' : undefined}>
                <Table.Td>{d.number}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>{d.title}</Text>
                  <Text size="xs" c="gray.7">{d.decidedOn}</Text>
                  {d.followUps.length > 0 && (
                    <List size="xs" mt={4} aria-label={t('decisions.followUps')}>
                      {d.followUps.map((f, i) => <List.Item key={i}>{f.on}: {f.note}</List.Item>)}
                    </List>
                  )}
                </Table.Td>
                <Table.Td>{d.responsibleAgencyIds.map(names).join(', ')}</Table.Td>
                <Table.Td>{d.dueDate ?? '–'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light">{t(`status.${d.status}`, d.status)}</Badge>
                    {d.overdue && <Badge color="red.9">{t('dashboard.overdue')}</Badge>}
                  </Group>
                  {d.implementedOn && <Text size="xs">{d.implementedOn}</Text>}
                  {mayFollowUp(d) && d.status === 'open' && <Button size="compact-xs" variant="default" mt={4} onClick={() => setFollowing(d)} aria-label={`${t('decisions.addFollowUp')} ${d.number}`}>{t('decisions.addFollowUp')}</Button>}
                  {d.revokedReason && <Text size="xs">{d.revokedReason}</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={!!following} onClose={() => setFollowing(undefined)} title={following ? `${t('decisions.addFollowUp')} ${following.number}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        {following && <FollowUpForm decision={following} onDone={() => setFollowing(undefined)} />}
      </Modal>
    </Stack>
  );
}
