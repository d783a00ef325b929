import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Activity } from '../api/views';
import { useCommand } from '../api/useCommand';
import { ConflictDialog } from '../components/ConflictDialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { useActivity } from '../hooks/useActivity';
import { forgetReportingWork } from '../hooks/useReportsOwed';
import { initialReport, ProgressReportForm, reportBody, type ProgressReportValues } from '../components/ProgressReportForm';
import { mayReport } from '../access/may-report';
import { useSession } from '../session';
import { asListedPlan, type PlanDetails } from '../api/plan-details';

/** Renumbers the API's `indicatorValues.N` / `evidence.N` (indices into the body sent) as indices into the form. */
function toFormPaths(errors: Record<string, string>, values: ProgressReportValues): Record<string, string> {
  const sent = {
    indicatorValues: values.indicatorValues.flatMap((v, i) => (v.value === '' ? [] : [i])),
    evidence: values.evidence.flatMap((e, i) => (e.title || e.url ? [i] : [])),
  };
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^(indicatorValues|evidence)\.(\d+)/, (_, list: keyof typeof sent, n: string) => `${list}.${sent[list][Number(n)] ?? n}`), message]));
}

/** The page's heading: a report, the report a period owes, or the correction of a period's report in force. */
function titleOf(activity: Activity, period: { periodStart: string; periodEnd: string } | undefined, t: TFunction): string {
  if (!period) return t('report.title');
  const words = `${period.periodStart} – ${period.periodEnd}`;
  const inForce = activity.progressReports.some((r) => r.periodStart === period.periodStart && r.periodEnd === period.periodEnd);
  return inForce ? t('report.correctTitle', { period: words }) : t('report.periodTitle', { period: words });
}

/** Report progress on an activity, for a period owed, or correct the report of a period (?periodStart=&periodEnd=). */
export default function ReportProgressPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const activity = useActivity(id);
  const period = params.get('periodStart') && params.get('periodEnd') ? { periodStart: params.get('periodStart')!, periodEnd: params.get('periodEnd')! } : undefined;
  const form = useForm<ProgressReportValues>({ mode: 'controlled', initialValues: initialReport({ indicators: [], progressReports: [], percentComplete: 0 } as unknown as Activity, period) });
  const [basedOn, setBasedOn] = useState<number>();
  // Read when the command is sent: a state update would reach `send` only on the next render.
  const asDraft = useRef(false);
  const planId = activity.data?.planId;
  const plan = useQuery({ queryKey: ['plan', planId], enabled: !!planId, queryFn: () => unwrap<PlanDetails>(api.GET('/plans/{id}', { params: { path: { id: planId! } } })), select: asListedPlan });
  const command = useCommand({
    form,
    basedOn,
    toFormPaths,
    send: (values, headers) => api.POST('/activities/{id}/progress-reports', { params: { path: { id } }, body: { ...reportBody(values), ...(asDraft.current ? { draft: true } : {}) }, headers }),
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['activity', id] });
      await queries.invalidateQueries({ queryKey: ['activity-history', id] });
      await forgetReportingWork(queries);
      navigate(`/activities/${id}?reported=1`);
    },
  });

  const a = activity.data;
  // Once loaded: the form starts from the activity (or the report corrected), and writes are based on its revision.
  useEffect(() => {
    if (!a || basedOn !== undefined) return;
    setBasedOn(a.revision);
    form.setValues(initialReport(a, period));
  }, [a, basedOn, form, period]);

  const reload = async () => {
    command.closeConflict();
    const fresh = await activity.refetch();
    if (fresh.data) setBasedOn(fresh.data.revision);
  };

  return (
    <Stack component="main">
      {activity.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {activity.error && <ErrorNotice error={activity.error} />}
      {a && (
        <>
          <div>
            <Text size="sm" c="gray.7">{a.code} · {a.title}</Text>
            <Title order={1} size="h2">{titleOf(a, period, t)}</Title>
          </div>
          {!mayReport(a, me?.role, me?.organizationId) ? (
            <Alert color="red.9" variant="outline" role="alert">{t('report.notYours')}</Alert>
          ) : (
            <>
              {command.refusal !== undefined && <ErrorNotice error={command.refusal} />}
              <ProgressReportForm
                form={form}
                busy={command.busy}
                onSubmit={(values) => { asDraft.current = false; void command.submit(values); }}
                onDraft={plan.data?.reporting?.approval ? (values) => { asDraft.current = true; void command.submit(values); } : undefined}
              />
            </>
          )}
          <ConflictDialog opened={command.conflict} onClose={command.closeConflict} onReload={() => void reload()} />
        </>
      )}
    </Stack>
  );
}
