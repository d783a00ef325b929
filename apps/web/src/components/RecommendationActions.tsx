import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import { useCommand } from '../api/useCommand';
import type { DecisionList, Recommendation, SessionList } from '../api/views';
import { CommandForm } from './CommandForm';

type Step = 'schedule' | 'accept' | 'reject' | 'defer';

interface StepValues {
  step: Step;
  sessionId: string | null;
  decisionId: string | null;
  reason: string;
}

/** Moves a recommendation along the pipeline: scheduled for a session, then accepted, rejected or deferred by a decision of it. */
export function RecommendationActions({ recommendation, onDone }: { recommendation: Recommendation; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const steps: Step[] = recommendation.status === 'scheduled_for_review' ? ['accept', 'reject', 'defer', 'schedule'] : ['schedule'];
  const form = useForm<StepValues>({ initialValues: { step: steps[0], sessionId: recommendation.sessionId ?? null, decisionId: null, reason: '' } });
  const sessions = useQuery({ queryKey: ['sessions', 'all', i18n.language], queryFn: () => allPages((page) => unwrap<SessionList>(api.GET('/commission/sessions', { params: { query: { page, pageSize: 200 } } }))) });
  const decisions = useQuery({
    queryKey: ['decisions', 'of-session', form.values.sessionId, i18n.language],
    enabled: !!form.values.sessionId && form.values.step !== 'schedule',
    queryFn: () => allPages((page) => unwrap<DecisionList>(api.GET('/decisions', { params: { query: { sessionId: form.values.sessionId ?? undefined, page, pageSize: 200 } } }))),
  });
  const command = useCommand({
    form,
    basedOn: recommendation.revision,
    send: (v, headers) => {
      const path = { params: { path: { id: recommendation.id } }, headers };
      if (v.step === 'schedule') return api.POST('/recommendations/{id}/schedule', { ...path, body: { sessionId: v.sessionId ?? '' } });
      const body = { decisionId: v.decisionId ?? '', ...(v.reason ? { reason: v.reason } : {}) };
      if (v.step === 'accept') return api.POST('/recommendations/{id}/accept', { ...path, body });
      return api.POST(v.step === 'reject' ? '/recommendations/{id}/reject' : '/recommendations/{id}/defer', { ...path, body });
    },
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['recommendations'] });
      // A session's page lists the recommendations scheduled for it and their outcome.
      await queries.invalidateQueries({ queryKey: ['session'] });
      onDone();
    },
  });
  const { step } = form.values;
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t(`pipeline.${step}`)} onReload={() => { void queries.invalidateQueries({ queryKey: ['recommendations'] }); onDone(); }}>
      <Select label={t('lifecycle.step')} data={steps.map((s) => ({ value: s, label: t(`pipeline.${s}`) }))} allowDeselect={false} {...form.getInputProps('step')} />
      <Select label={t('decisionForm.session')} required data={(sessions.data?.items ?? []).map((s) => ({ value: s.id, label: `${t('sessions.session', { number: s.number })} · ${s.heldOn ?? s.scheduledOn}` }))} {...form.getInputProps('sessionId')} />
      {step !== 'schedule' && (
        <Select
          label={t('pipeline.decision')}
          required
          description={t('pipeline.decisionHint')}
          // Only a decision naming the recommendation may decide on it.
          data={(decisions.data?.items ?? []).filter((d) => d.relatedRecommendationIds.includes(recommendation.id)).map((d) => ({ value: d.id, label: `${d.number} ${d.title}` }))}
          {...form.getInputProps('decisionId')}
        />
      )}
      {step !== 'schedule' && <TextInput label={t('report.reason')} {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
