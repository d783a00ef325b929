import { Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import { useCommand } from '../api/useCommand';
import type { MeetingKind, PlanList } from '../api/views';
import { CommandForm, titlesAsField } from '../components/CommandForm';
import { OrganizationsPicker } from '../components/OrganizationPicker';
import { MEETING_KINDS } from '../hooks/useMeetings';

interface MeetingValues {
  kind: MeetingKind | null;
  heldOn: string;
  title: string;
  organizerIds: string[];
  participantIds: string[];
  place: string;
  planId: string | null;
}

/** Records a meeting (its title in the interface's language): who convened it, who took part, where and when. */
export default function NewMeetingPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const plans = useQuery({ queryKey: ['plans', i18n.language], queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))) });
  const form = useForm<MeetingValues>({ initialValues: { kind: null, heldOn: '', title: '', organizerIds: [], participantIds: [], place: '', planId: null } });
  const command = useCommand({
    form,
    send: (v, headers) =>
      api.POST('/meetings', {
        body: {
          // Left unchosen, the kind goes as it is and the API's field message says what is missing.
          kind: v.kind as MeetingKind,
          heldOn: v.heldOn,
          ...(v.title ? { titles: { [language]: v.title } } : {}),
          organizerIds: v.organizerIds,
          participantIds: v.participantIds,
          ...(v.place ? { place: v.place } : {}),
          ...(v.planId ? { planId: v.planId } : {}),
        },
        headers,
      }),
    toFormPaths: titlesAsField('title'),
    async onDone(result) {
      await queries.invalidateQueries({ queryKey: ['meetings'] });
      navigate(`/meetings/${result.id}`);
    },
  });
  return (
    <Stack component="main" maw={800}>
      <Title order={1} size="h2">{t('meetingForm.title')}</Title>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('meetingForm.submit')}>
        <Group grow wrap="wrap" align="start">
          <Select label={t('recommendationForm.kind')} required data={MEETING_KINDS.map((k) => ({ value: k, label: t(`recommendationForm.kinds.${k}`) }))} {...form.getInputProps('kind')} />
          <TextInput label={t('recommendationForm.heldOn')} type="date" required {...form.getInputProps('heldOn')} />
        </Group>
        <TextInput label={t('meetingForm.titleField')} required {...form.getInputProps('title')} />
        <OrganizationsPicker label={t('meetings.organizers')} required {...form.getInputProps('organizerIds')} />
        <OrganizationsPicker label={t('meetings.participants')} {...form.getInputProps('participantIds')} />
        <Group grow wrap="wrap" align="start">
          <TextInput label={t('meetings.place')} {...form.getInputProps('place')} />
          <Select label={t('activityForm.plan')} clearable data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }))} {...form.getInputProps('planId')} />
        </Group>
      </CommandForm>
    </Stack>
  );
}
