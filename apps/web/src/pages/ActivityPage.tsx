import { Alert, Anchor, Badge, Button, Card, Code, Group, List, Loader, Modal, Progress, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { mayReport } from '../access/may-report';
import { api, unwrap } from '../api/client';
import type { Activity, History, HistoryEntry } from '../api/views';
import { IndicatorChart } from '../charts/IndicatorChart';
import { LeadAgency, PartnerAgencies } from '../components/ActivityAgencies';
import { ActivityDescription } from '../components/ActivityDescription';
import { ActivityProgress } from '../components/ActivityProgress';
import { AlignmentTags } from '../components/AlignmentTags';
import { DatedNotice } from '../components/DatedNotice';
import { ErrorNotice } from '../components/ErrorNotice';
import { FundingEntries } from '../components/FundingEntries';
import { FundingForm } from '../components/FundingForm';
import { IndicatorForm } from '../components/IndicatorForm';
import { IndicatorRetirement } from '../components/IndicatorRetirement';
import { ExplainedStep, PendingReportsCard, useReportStep } from '../components/PendingReportsCard';
import { useActivity } from '../hooks/useActivity';
import { useAmount } from '../hooks/useAmount';
import { useEventName } from '../i18n/event-name';
import { useRoleName } from '../i18n/role-name';
import { usePlaceLabel } from '../hooks/useGeography';
import { useOrganizationNames } from '../hooks/useOrganizations';
import { clocksOf, isDated } from '../format/clocks';
import { useSession } from '../session';
import { usePercent } from '../hooks/usePercent';
import { intlLocale } from '../format/intl-locale';

/** One indicator: baseline, latest reported value and target, as a bar from baseline to target. */
function IndicatorLine({ indicator }: { indicator: Activity['indicators'][number] }) {
  const { t } = useTranslation();
  const span = indicator.target - indicator.baseline;
  const reached = indicator.latestValue === null || span === 0 ? 0 : Math.max(0, Math.min(100, ((indicator.latestValue - indicator.baseline) / span) * 100));
  return (
    <div>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{indicator.name} ({indicator.unit})</Text>
        <Text size="sm">{t('activity.baseline')} {indicator.baseline} → {t('activity.latest')} {indicator.latestValue ?? '–'} / {t('activity.target')} {indicator.target}</Text>
      </Group>
      <Progress value={reached} aria-label={indicator.name} />
    </div>
  );
}

/** The narrative and evidence of the report in force for a period: the latest reported or corrected in the history. */
function reportOf(history: HistoryEntry[], period: { periodStart: string; periodEnd: string }): { narrative?: string; evidence: { title: string; url: string }[] } {
  const told = history
    .filter((e) => e.type === 'ActivityProgressReported' || e.type === 'ActivityProgressCorrected')
    .map((e) => e.data as { periodStart?: string; periodEnd?: string; narrative?: string; evidence?: { title: string; url: string }[] })
    .filter((d) => d.periodStart === period.periodStart && d.periodEnd === period.periodEnd)
    .at(-1);
  return { narrative: told?.narrative, evidence: told?.evidence ?? [] };
}

/** A correction's before and after, or the event's data. */
function Change({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation();
  if ('before' in data && 'after' in data) {
    return (
      <Text size="xs">
        {t('activity.before')}: <Code>{JSON.stringify(data.before)}</Code> · {t('activity.after')}: <Code>{JSON.stringify(data.after)}</Code>
      </Text>
    );
  }
  return null;
}

/** Who did what, when and why: the activity's history, corrections with before and after. */
function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const eventName = useEventName();
  const roleName = useRoleName();
  const names = useOrganizationNames();
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {entries.map((e) => (
        <Timeline.Item key={e.revision} title={eventName(e.type)}>
          <Text size="xs" c="gray.7">{new Date(e.recordedAt).toLocaleString(intlLocale(i18n.language))} · {t('activity.by')} {e.actor.name ?? e.actor.id} ({roleName(e.role)}{e.organizationId ? `, ${names(e.organizationId)}` : ''}){e.effectiveOn ? ` · ${e.effectiveOn}` : ''}</Text>
          {e.reason && <Text size="sm">{t('activity.reason')}: {e.reason}</Text>}
          <Change data={e.data} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The reports in force (on a plan with approval, the approved ones: the secretariat may reopen one) and those under approval. */
function ReportsCards({ activity: a, history, reporter, reviews }: { activity: Activity; history: HistoryEntry[]; reporter: boolean; reviews: boolean }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const step = useReportStep(a);
  const approvedPeriods = new Set(history.filter((e) => e.type === 'ProgressReportApproved').map((e) => { const d = e.data as { periodStart: string; periodEnd: string }; return `${d.periodStart}..${d.periodEnd}`; }));
  return (
    <>
      <PendingReportsCard activity={a} mayReport={reporter} reviews={reviews} step={step} />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">{t('activity.reports')}</Title>
        {step.error !== undefined && a.pendingReports.length === 0 && <ErrorNotice error={step.error} />}
        <List spacing="xs">
          {a.progressReports.map((r) => {
            const told = reportOf(history, r);
            const approved = approvedPeriods.has(`${r.periodStart}..${r.periodEnd}`);
            const reopened = a.pendingReports.some((p) => p.periodStart === r.periodStart && p.periodEnd === r.periodEnd);
            const period = { periodStart: r.periodStart, periodEnd: r.periodEnd };
            return (
              <List.Item key={`${r.periodStart}${r.periodEnd}`}>
                {r.periodStart} – {r.periodEnd}: {percent(r.percentComplete)}{told.narrative ? ` · ${told.narrative}` : ''}
                {approved && <Badge ml="xs" size="sm" variant="outline" color="teal.9">{t('approval.approved')}</Badge>}
                {told.evidence.map((e) => <Anchor key={e.url} href={e.url} ml="xs" size="sm" target="_blank" rel="noreferrer">{e.title}</Anchor>)}
                {reporter && !approved && (
                  <Anchor component={Link} to={`/activities/${a.id}/report?periodStart=${r.periodStart}&periodEnd=${r.periodEnd}`} ml="xs" size="sm" aria-label={`${t('report.correct')} ${r.periodStart} – ${r.periodEnd}`}>{t('report.correct')}</Anchor>
                )}
                {reviews && approved && !reopened && <span style={{ marginLeft: 8 }}><ExplainedStep step="reopen" period={period} label={t('approval.reopen')} field="reason" busy={step.busy} onSend={step.send} /></span>}
                {reporter && !approved && <span style={{ marginLeft: 8 }}><ExplainedStep step="withdraw" period={period} label={t('report.withdraw')} field="reason" busy={step.busy} onSend={step.send} /></span>}
              </List.Item>
            );
          })}
        </List>
      </Card>
    </>
  );
}

/** An activity in full, in the chosen language: details, indicators, funding, reports and history. */
export default function ActivityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useSession();
  const names = useOrganizationNames();
  const placeLabel = usePlaceLabel();
  const amount = useAmount();
  const [params, setParams] = useSearchParams();
  const clocks = clocksOf(params);
  // Read at a past date or moment, the page is a record of then: nothing is written from it.
  const dated = isDated(clocks);
  const records = !dated && (me?.role === 'admin' || me?.role === 'secretariat');
  const [recordingFunds, setRecordingFunds] = useState(false);
  const [defining, setDefining] = useState(false);
  const [revising, setRevising] = useState<Activity['indicators'][number]>();
  const activity = useActivity(id, clocks);
  const history = useQuery({
    queryKey: ['activity-history', id, clocks.asOf, clocks.knownAt],
    queryFn: () => unwrap<History>(api.GET('/activities/{id}/history', { params: { path: { id }, query: clocks } })),
  });
  const a = activity.data;
  const reporter = !dated && !!a && mayReport(a, me?.role, me?.organizationId);
  return (
    <Stack component="main">
      {activity.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {activity.error && <ErrorNotice error={activity.error} />}
      {a && (
        <>
          <div>
            <Text size="sm" c="gray.7">{a.code}</Text>
            <Title order={1} size="h2">{a.title}</Title>
            <Group gap="xs" mt="xs"><Badge>{t(`status.${a.status}`, a.status)}</Badge>{a.overdue && <Badge color="red.9">{t('dashboard.overdue')}</Badge>}</Group>
          </div>
          {dated && <DatedNotice clocks={clocks} todayLabel={t('activity.today')} onToday={() => setParams(new URLSearchParams())} />}
          {params.get('reported') && <Alert color="green.9" variant="outline" role="status">{t('report.recorded')}</Alert>}
          <Group gap="xs">
            {reporter && <Button component={Link} to={`/activities/${a.id}/report`}>{t('report.title')}</Button>}
            {records && <Button component={Link} to={`/activities/${a.id}/edit`} variant="default">{t('activityForm.edit')}</Button>}
          </Group>
          <ActivityProgress percent={a.percentComplete} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('activity.details')}</Title>
              <Stack gap={6}>
                <ActivityDescription description={a.description} />
                <LeadAgency id={a.leadAgencyId} />
                <PartnerAgencies ids={a.partnerAgencyIds} />
                <Text size="sm">{t('activity.plannedDates')}: {a.plannedStart} – {a.plannedEnd}{a.startedOn ? ` · ${t('activity.started')} ${a.startedOn}` : ''}{a.completedOn ? ` · ${t('activity.completed')} ${a.completedOn}` : ''}</Text>
                <Text size="sm">{t('activity.places')}: {a.locations.map(placeLabel).join('; ')}</Text>
                {a.budget && <Text size="sm">{t('activity.budget')}: {amount(a.budget.amount, a.budget.currency)}</Text>}
                <AlignmentTags tags={a.tags} />
              </Stack>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">{t('activity.funding')}</Title>
              <Table.ScrollContainer minWidth={300}>
                <Table aria-label={t('activity.funding')}>
                  <Table.Thead><Table.Tr><Table.Th>{t('activity.donor')}</Table.Th><Table.Th>{t('dashboard.committed')}</Table.Th><Table.Th>{t('dashboard.disbursed')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>{a.funding.map((f) => <Table.Tr key={`${f.donorId}${f.currency}`}><Table.Td>{names(f.donorId)}</Table.Td><Table.Td>{amount(f.committed, f.currency)}</Table.Td><Table.Td>{amount(f.disbursed, f.currency)}</Table.Td></Table.Tr>)}</Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {records && (recordingFunds ? <FundingForm activity={a} /> : <Button variant="default" size="xs" mt="sm" onClick={() => setRecordingFunds(true)}>{t('funding.open')}</Button>)}
            </Card>
          </SimpleGrid>
          <FundingEntries activity={a} history={history.data?.items ?? []} reverses={records} />
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('activity.indicators')}</Title>
            <Stack gap="sm">
              {a.indicators.map((i) => (
                <div key={i.indicatorId}>
                  <IndicatorLine indicator={i} />
                  <IndicatorChart indicator={i} reports={a.progressReports} />
                  <Group gap="xs">
                    {i.retired && <Badge variant="outline" color="gray.7">{t('resultsFramework.retired')}</Badge>}
                    {reporter && <Button size="compact-xs" variant="default" onClick={() => setRevising(i)} aria-label={`${t('indicatorForm.revise')} ${i.name}`}>{t('indicatorForm.revise')}</Button>}
                    {reporter && !i.retired && <IndicatorRetirement activity={a} indicator={i} />}
                  </Group>
                </div>
              ))}
              {reporter && (defining ? <IndicatorForm activity={a} onDone={() => setDefining(false)} /> : <Button size="xs" variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => setDefining(true)}>{t('indicatorForm.define')}</Button>)}
            </Stack>
            <Modal size="lg" opened={!!revising} onClose={() => setRevising(undefined)} title={revising ? `${t('indicatorForm.revise')} ${revising.name}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
              {revising && <IndicatorForm activity={a} indicator={revising} onDone={() => setRevising(undefined)} />}
            </Modal>
          </Card>
          <ReportsCards activity={a} history={history.data?.items ?? []} reporter={reporter} reviews={records} />
        </>
      )}
      {/* Refused the activity, the history would only be refused alike (nothing of it then): one notice says it. */}
      {!activity.error && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('activity.history')}</Title>
          {history.error && <ErrorNotice error={history.error} />}
          {history.data && <HistoryTimeline entries={history.data.items} />}
        </Card>
      )}
    </Stack>
  );
}
