import { Button, Checkbox, Group, Loader, Modal, Pagination, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Decision, DecisionList, DecisionListQuery } from '../api/views';
import { DecisionRow } from '../components/DecisionRow';
import { ErrorNotice } from '../components/ErrorNotice';
import { FollowUpForm } from '../components/FollowUpForm';
import { useOrganizationNames } from '../hooks/useOrganizations';
import { useSession } from '../session';
import { daysFromToday } from '../format/days';
import { changedParams } from '../format/search-params';

const VIEWS = ['open', 'dueSoon', 'overdue', 'implemented', 'revoked', 'all'] as const;
type View = (typeof VIEWS)[number];
const DUE_SOON_DAYS = 30;
const PAGE_SIZE = 50;

/** What each view asks the API for; "due soon" is the open ones due within 30 days, not yet overdue. */
function queryOf(view: View): DecisionListQuery {
  if (view === 'overdue') return { overdue: true };
  if (view === 'dueSoon') return { status: 'open', overdue: false, dueTo: daysFromToday(DUE_SOON_DAYS) };
  if (view === 'all') return {};
  return { status: view };
}

/** The decision tracker: open, due soon, overdue, implemented, revoked (or all) decisions with their follow-ups, by due date, a page at a time. */
export default function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const names = useOrganizationNames();
  const { can, me } = useSession();
  const [following, setFollowing] = useState<Decision>();
  const agencyId = me?.role === 'agency' ? me.organizationId : undefined;
  // The secretariat, or an agency the decision names responsible (as the API decides).
  const mayFollowUp = (d: Decision) => can('admin', 'secretariat') || (!!agencyId && d.responsibleAgencyIds.includes(agencyId));
  const [params, setParams] = useSearchParams();
  const view = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'open';
  const mine = !!agencyId && params.get('mine') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const focus = params.get('focus');
  // Another view, page or filter: the page and the decision picked out are left behind.
  const show = (changes: Record<string, string | undefined>) => setParams(changedParams(params, { page: undefined, focus: undefined, ...changes }));
  const decisions = useQuery({
    queryKey: ['decisions', view, mine, page, i18n.language],
    queryFn: () =>
      unwrap<DecisionList>(
        api.GET('/decisions', { params: { query: { ...queryOf(view), ...(mine ? { responsibleAgencyId: agencyId } : {}), sort: 'dueDate', page, pageSize: PAGE_SIZE } } }),
      ),
  });
  // A decision opened from a link may be on another page, or outside the view: it is shown first then.
  const listed = decisions.data?.items ?? [];
  const focused = useQuery({
    queryKey: ['decisions', 'one', focus, i18n.language],
    queryFn: () => unwrap<Decision>(api.GET('/decisions/{id}', { params: { path: { id: focus! } } })),
    enabled: !!focus && !!decisions.data && !listed.some((d) => d.id === focus),
  });
  const items = focused.data && !listed.some((d) => d.id === focused.data.id) ? [focused.data, ...listed] : listed;
  const total = decisions.data?.total ?? 0;
  // Scrolled to once it shows, not again on every render after (a dialog opened, a list refetched).
  const focusShown = !!focus && items.some((d) => d.id === focus);
  useEffect(() => {
    if (focusShown) document.getElementById(`decision-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, focusShown]);
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('decisions.title')}</Title>
        {can('admin', 'secretariat') && <Button component={Link} to="/decisions/new">{t('decisionForm.title')}</Button>}
      </Group>
      <Group>
        <SegmentedControl
          aria-label={t('decisions.view')}
          data={VIEWS.map((v) => ({ value: v, label: t(`decisions.views.${v}`) }))}
          value={view}
          onChange={(v) => show({ view: v })}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
        {agencyId && <Checkbox label={t('decisions.mine')} checked={mine} onChange={(e) => show({ mine: e.currentTarget.checked ? '1' : undefined })} />}
      </Group>
      {decisions.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {decisions.error && <ErrorNotice error={decisions.error} />}
      {decisions.data && (items.length === 0 ? <Text>{t('decisions.none')}</Text> : <Text size="sm" c="gray.7">{t('decisions.count', { count: total })}</Text>)}
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr><Table.Th>{t('decisions.number')}</Table.Th><Table.Th>{t('decisions.decision')}</Table.Th><Table.Th>{t('decisions.responsible')}</Table.Th><Table.Th>{t('decisions.due')}</Table.Th><Table.Th>{t('decisions.status')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => <DecisionRow key={d.id} decision={d} current={focus === d.id} agencyNames={names} onFollowUp={mayFollowUp(d) ? setFollowing : undefined} correctable={can('admin', 'secretariat')} />)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(total / PAGE_SIZE)}
          value={page}
          onChange={(next) => show({ page: String(next) })}
          getItemProps={(n) => ({ 'aria-label': `${t('activities.page')} ${n}` })}
          getControlProps={(control) => ({ 'aria-label': `${t('activities.page')} ${control}` })}
        />
      )}
      <Modal opened={!!following} onClose={() => setFollowing(undefined)} title={following ? `${t('decisions.addFollowUp')} ${following.number}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        {following && <FollowUpForm decision={following} onDone={() => setFollowing(undefined)} />}
      </Modal>
    </Stack>
  );
}
