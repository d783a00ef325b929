import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Activity } from '../api/views';
import { newIdempotencyKey, readModelsHold, writeHeaders } from '../api/writes';
import { useActivityRefresh } from '../hooks/useActivityRefresh';
import { forgetReportingWork } from '../hooks/useReportsOwed';
import { ErrorNotice } from './ErrorNotice';
import { usePercent } from '../hooks/usePercent';

type Pending = Activity['pendingReports'][number];
type Step = 'submit' | 'approve' | 'return' | 'reopen' | 'withdraw';
type Period = { periodStart: string; periodEnd: string };

/** One step of the approval of a report, sent once (an idempotency key per click), then the activity read again. */
export function useReportStep(activity: Activity) {
  const queries = useQueryClient();
  const refresh = useActivityRefresh(activity);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function send(step: Step, period: Period, extra: { comment?: string; reason?: string } = {}): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      const path = `/activities/{id}/progress-reports/${step}` as '/activities/{id}/progress-reports/approve';
      const done = await unwrap<{ position?: string }>(api.POST(path, { params: { path: { id: activity.id } }, body: { ...period, ...extra } as never, headers: writeHeaders(newIdempotencyKey()) }));
      await readModelsHold(done?.position);
      await refresh();
      await forgetReportingWork(queries);
      return true;
    } catch (refused) {
      setError(refused);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { send, error, busy };
}

/** Asks the comment of a return or the reason of a reopening, then sends the step. */
export function ExplainedStep({ step, period, label, field, onSend, busy }: { step: Step; period: Period; label: string; field: 'comment' | 'reason'; busy: boolean; onSend(step: Step, period: Period, extra: Record<string, string>): Promise<boolean> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => setOpen(true)} aria-label={`${label} ${period.periodStart} – ${period.periodEnd}`}>{label}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`${label} ${period.periodStart} – ${period.periodEnd}`} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        <Stack>
          <Textarea label={t(`approval.${field}`)} required autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Button loading={busy} style={{ alignSelf: 'flex-start' }} onClick={() => void onSend(step, period, { [field]: text }).then((sent) => sent && setOpen(false))}>{label}</Button>
        </Stack>
      </Modal>
    </>
  );
}

/** A report under approval: its stage, figure, what the secretariat said, and the next step for whoever may take it. */
function PendingLine({ report, activity, mayReport, reviews, step }: { report: Pending; activity: Activity; mayReport: boolean; reviews: boolean; step: ReturnType<typeof useReportStep> }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const period = { periodStart: report.periodStart, periodEnd: report.periodEnd };
  const label = `${report.periodStart} – ${report.periodEnd}`;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm">{label}: {percent(report.percentComplete)}</Text>
        <Badge color={report.stage === 'returned' ? 'red.9' : 'blue.9'} variant="outline">{t(`approval.stage.${report.stage}`)}</Badge>
      </Group>
      {report.comment && <Text size="sm">{t('approval.comment')}: {report.comment}</Text>}
      {report.reopenReason && <Text size="sm">{t('approval.reason')}: {report.reopenReason}</Text>}
      <Group gap="xs">
        {mayReport && report.stage !== 'submitted' && (
          <>
            <Button size="compact-sm" variant="default" component={Link} to={`/activities/${activity.id}/report?periodStart=${report.periodStart}&periodEnd=${report.periodEnd}`}>{t('approval.edit')}</Button>
            <Button size="compact-sm" loading={step.busy} onClick={() => void step.send('submit', period)} aria-label={`${t('approval.submit')} ${label}`}>{t('approval.submit')}</Button>
          </>
        )}
        {reviews && report.stage === 'submitted' && (
          <>
            <Button size="compact-sm" loading={step.busy} onClick={() => void step.send('approve', period)} aria-label={`${t('approval.approve')} ${label}`}>{t('approval.approve')}</Button>
            <ExplainedStep step="return" period={period} label={t('approval.return')} field="comment" busy={step.busy} onSend={step.send} />
          </>
        )}
      </Group>
    </Stack>
  );
}

/** Reports waiting on someone (issue 11): the figures above count only once approved. */
export function PendingReportsCard({ activity, mayReport, reviews, step }: { activity: Activity; mayReport: boolean; reviews: boolean; step: ReturnType<typeof useReportStep> }) {
  const { t } = useTranslation();
  if (activity.pendingReports.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('approval.title')}</Title>
      <Text size="sm" c="gray.7" mb="xs">{t('approval.hint')}</Text>
      {step.error !== undefined && <ErrorNotice error={step.error} />}
      <Stack gap="sm">
        {activity.pendingReports.map((r) => <PendingLine key={`${r.periodStart}${r.periodEnd}`} report={r} activity={activity} mayReport={mayReport} reviews={reviews} step={step} />)}
      </Stack>
      {reviews && activity.pendingReports.some((r) => r.stage === 'submitted') && <Alert variant="outline" mt="sm" color="gray.7">{t('approval.notOwn')}</Alert>}
    </Card>
  );
}
