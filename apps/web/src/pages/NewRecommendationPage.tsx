import { Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { PlanList } from '../api/views';
import { CommandForm, titlesAsField } from '../components/CommandForm';
import { OrganizationPicker, OrganizationsPicker } from '../components/OrganizationPicker';

const KINDS = ['technical_meeting', 'roundtable', 'workshop', 'evaluation', 'other'] as const;

interface RecommendationValues {
  kind: (typeof KINDS)[number] | null;
  meeting: string;
  heldOn: string;
  text: string;
  proposedByOrganizationId: string | null;
  targetAgencyIds: string[];
  planId: string | null;
}

/** Records a recommendation made at a meeting: where and when, its text (in the interface's language), who proposed it, to whom. */
export default function NewRecommendationPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const plans = useQuery({ queryKey: ['plans', i18n.language], queryFn: () => unwrap<PlanList>(api.GET('/plans', { params: { query: { pageSize: 200 } as never } })) });
  const form = useForm<RecommendationValues>({ initialValues: { kind: null, meeting: '', heldOn: '', text: '', proposedByOrganizationId: null, targetAgencyIds: [], planId: null } });
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/recommendations', {
        body: {
          // Left unchosen, the kind goes as it is and the API's field message says what is missing.
          source: { kind: v.kind as (typeof KINDS)[number], title: v.meeting, heldOn: v.heldOn },
          ...(v.text ? { texts: { [language]: v.text } } : {}),
          proposedByOrganizationId: v.proposedByOrganizationId ?? '',
          targetAgencyIds: v.targetAgencyIds,
          ...(v.planId ? { planId: v.planId } : {}),
        },
        headers,
      }),
    toFormPaths: (errors) => titlesAsField('text')(Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^source\.kind$/, 'kind').replace(/^source\.title$/, 'meeting').replace(/^source\.heldOn$/, 'heldOn'), message]))),
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['recommendations'] });
      navigate('/recommendations');
    },
  });
  return (
    <Stack component="main" maw={800}>
      <Title order={1} size="h2">{t('recommendationForm.title')}</Title>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('recommendationForm.submit')}>
        <Group grow wrap="wrap" align="start">
          <Select label={t('recommendationForm.kind')} required data={KINDS.map((k) => ({ value: k, label: t(`recommendationForm.kinds.${k}`) }))} {...form.getInputProps('kind')} />
          <TextInput label={t('recommendationForm.heldOn')} type="date" required {...form.getInputProps('heldOn')} />
        </Group>
        <TextInput label={t('recommendationForm.meeting')} required {...form.getInputProps('meeting')} />
        <Textarea label={t('recommendationForm.text')} required autosize minRows={3} {...form.getInputProps('text')} />
        <Group grow wrap="wrap" align="start">
          <OrganizationPicker label={t('recommendations.proposedBy')} required {...form.getInputProps('proposedByOrganizationId')} />
          <OrganizationsPicker label={t('recommendationForm.targets')} {...form.getInputProps('targetAgencyIds')} />
        </Group>
        <Select label={t('activityForm.plan')} clearable data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }))} {...form.getInputProps('planId')} />
      </CommandForm>
    </Stack>
  );
}
