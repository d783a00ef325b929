import { Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import { useCommand } from '../api/useCommand';
import { CommandForm, titlesAsField } from '../components/CommandForm';
import type { RecordDecision, SessionList } from '../api/views';
import { ActivitiesPicker } from '../components/ActivityPicker';
import { RecommendationsPicker } from '../components/RecommendationsPicker';
import { OrganizationsPicker } from '../components/OrganizationPicker';

const KINDS = ['adopt_plan', 'accept_recommendation', 'reject_recommendation', 'defer_recommendation', 'assign_responsibility', 'request_report', 'amend_activity', 'other'] as const;

interface DecisionValues {
  sessionId: string | null;
  number: string;
  title: string;
  text: string;
  kind: (typeof KINDS)[number] | null;
  responsibleAgencyIds: string[];
  dueDate: string;
  relatedActivityIds: string[];
  relatedRecommendationIds: string[];
}

/** Records a decision of a held session: number, title (in the interface's language), text, kind, who answers for it, by when, what it concerns. */
export default function RecordDecisionPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions', 'held', i18n.language], queryFn: () => allPages((page) => unwrap<SessionList>(api.GET('/commission/sessions', { params: { query: { status: 'held', page, pageSize: 200 } } }))) });
  const form = useForm<DecisionValues>({
    initialValues: { sessionId: params.get('sessionId'), number: '', title: '', text: '', kind: null, responsibleAgencyIds: [], dueDate: '', relatedActivityIds: [], relatedRecommendationIds: [] },
  });
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/decisions', {
        body: {
          sessionId: v.sessionId ?? '',
          number: v.number,
          titles: { [language]: v.title },
          text: v.text,
          // Left unchosen, it goes as it is and the API's field message says what is missing.
          kind: v.kind as RecordDecision['kind'],
          responsibleAgencyIds: v.responsibleAgencyIds,
          relatedActivityIds: v.relatedActivityIds,
          relatedRecommendationIds: v.relatedRecommendationIds,
          ...(v.dueDate ? { dueDate: v.dueDate } : {}),
        } satisfies RecordDecision,
        headers,
      }),
    toFormPaths: titlesAsField('title'),
    async onDone({ id }) {
      await queries.invalidateQueries({ queryKey: ['decisions'] });
      // The session's page lists its decisions: its cached answer lacks this one.
      await queries.invalidateQueries({ queryKey: ['session'] });
      navigate(`/decisions?view=all&focus=${id}`);
    },
  });
  return (
    <Stack component="main" maw={720}>
      <Title order={1} size="h2">{t('decisionForm.title')}</Title>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('decisionForm.submit')}>
        <Select label={t('decisionForm.session')} required data={(sessions.data?.items ?? []).map((s) => ({ value: s.id, label: `${t('sessions.session', { number: s.number })} · ${s.heldOn}` }))} {...form.getInputProps('sessionId')} />
        <TextInput label={t('decisions.number')} required {...form.getInputProps('number')} />
        <TextInput label={t('decisionForm.titleField')} required {...form.getInputProps('title')} />
        <Textarea label={t('decisionForm.text')} required autosize minRows={3} {...form.getInputProps('text')} />
        <Select label={t('decisionForm.kind')} required data={KINDS.map((k) => ({ value: k, label: t(`decisionForm.kinds.${k}`) }))} {...form.getInputProps('kind')} />
        <OrganizationsPicker label={t('decisions.responsible')} {...form.getInputProps('responsibleAgencyIds')} />
        <TextInput label={t('decisions.due')} type="date" {...form.getInputProps('dueDate')} />
        <ActivitiesPicker label={t('decisionForm.activities')} description={t('decisionForm.activitiesHint')} {...form.getInputProps('relatedActivityIds')} />
        <RecommendationsPicker label={t('decisionForm.recommendations')} description={t('decisionForm.recommendationsHint')} {...form.getInputProps('relatedRecommendationIds')} />
      </CommandForm>
    </Stack>
  );
}
