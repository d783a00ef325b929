import { Anchor, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import { useCommand } from '../api/useCommand';
import type { PlanList } from '../api/views';
import { CommandForm, titlesAsField } from '../components/CommandForm';
import { OrganizationsPicker } from '../components/OrganizationPicker';
import { useMeetingList } from '../hooks/useMeetings';

interface RecommendationValues {
  meetingId: string | null;
  text: string;
  proposedByOrganizationIds: string[];
  targetAgencyIds: string[];
  planId: string | null;
}

/** Records a recommendation made at a recorded meeting: its text (in the interface's language), who proposed it, to whom. */
export default function NewRecommendationPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [params] = useSearchParams();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const plans = useQuery({ queryKey: ['plans', i18n.language], queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))) });
  // Only recorded meetings: one known from an old recommendation's typed source is recorded first.
  const meetings = (useMeetingList().data?.items ?? []).filter((m) => m.recorded);
  const form = useForm<RecommendationValues>({ initialValues: { meetingId: params.get('meetingId'), text: '', proposedByOrganizationIds: [], targetAgencyIds: [], planId: null } });
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/recommendations', {
        body: {
          // Left unchosen, the meeting goes empty and the API's field message says what is missing.
          meetingId: v.meetingId ?? '',
          ...(v.text ? { texts: { [language]: v.text } } : {}),
          proposedByOrganizationIds: v.proposedByOrganizationIds,
          targetAgencyIds: v.targetAgencyIds,
          ...(v.planId ? { planId: v.planId } : {}),
        },
        headers,
      }),
    toFormPaths: titlesAsField('text'),
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['recommendations'] });
      await queries.invalidateQueries({ queryKey: ['meeting'] });
      navigate(params.get('meetingId') ? `/meetings/${params.get('meetingId')}` : '/recommendations');
    },
  });
  return (
    <Stack component="main" maw={800}>
      <Title order={1} size="h2">{t('recommendationForm.title')}</Title>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('recommendationForm.submit')}>
        <Select
          label={t('recommendationForm.meeting')}
          required
          searchable
          description={<Anchor component={Link} to="/meetings/new" size="xs">{t('recommendationForm.meetingNotListed')}</Anchor>}
          data={meetings.map((m) => ({ value: m.id, label: `${m.heldOn} · ${m.title}` }))}
          {...form.getInputProps('meetingId')}
        />
        <Textarea label={t('recommendationForm.text')} required autosize minRows={3} {...form.getInputProps('text')} />
        <Group grow wrap="wrap" align="start">
          <OrganizationsPicker label={t('recommendations.proposedBy')} required {...form.getInputProps('proposedByOrganizationIds')} />
          <OrganizationsPicker label={t('recommendationForm.targets')} {...form.getInputProps('targetAgencyIds')} />
        </Group>
        <Select label={t('activityForm.plan')} clearable data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }))} {...form.getInputProps('planId')} />
      </CommandForm>
    </Stack>
  );
}
