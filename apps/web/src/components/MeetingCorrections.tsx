import { ActionIcon, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allPages } from '../api/all-pages';
import { api, unwrap } from '../api/client';
import { removedOrChanged } from '../api/removed-or-changed';
import { useCommand } from '../api/useCommand';
import type { MeetingDetails, MeetingKind, PlanList, Titles } from '../api/views';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { MEETING_KINDS } from '../hooks/useMeetings';
import { CommandForm, titlesAsField } from './CommandForm';
import { OrganizationsPicker } from './OrganizationPicker';
import { sameSet } from '../format/same-set';

interface Document {
  title: string;
  url: string;
}

interface CorrectionValues {
  kind: MeetingKind;
  heldOn: string;
  title: string;
  organizerIds: string[];
  participantIds: string[];
  place: string;
  planId: string | null;
  documents: Document[];
  reason: string;
}

/** The plan select's option for a meeting that concerns no plan (a plan id is a UUID, never this). */
const NO_PLAN = 'none';

const given = (documents: Document[]) => documents.filter((d) => d.title.trim() || d.url.trim()).map((d) => ({ title: d.title.trim(), url: d.url.trim() }));
const sameDocuments = (a: Document[], b: Document[]) => a.length === b.length && a.every((d, i) => d.title === b[i].title && d.url === b[i].url);

/** The API's paths in the form's: a title in any language is the one title field; a document by its index among those sent. */
function formPaths(errors: Record<string, string>, values: CorrectionValues): Record<string, string> {
  const sent = values.documents.flatMap((d, i) => (d.title.trim() || d.url.trim() ? [i] : []));
  return Object.fromEntries(
    Object.entries(titlesAsField('title')(errors)).map(([path, message]) => [
      path.replace(/^documents\.(\d+)/, (_, n: string) => `documents.${sent[Number(n)] ?? n}`),
      message,
    ]),
  );
}

/** The meeting's title in this language; where it has none yet, the one shown (typing over it adds this language). */
const titleIn = (m: MeetingDetails, language: keyof Titles) => m.titles[language] ?? m.title;

/** What the form starts from: the meeting as read. */
const valuesOf = (m: MeetingDetails, language: keyof Titles): CorrectionValues => ({
  kind: m.kind,
  heldOn: m.heldOn,
  title: titleIn(m, language),
  organizerIds: m.organizerIds,
  participantIds: m.participantIds,
  place: m.place ?? '',
  planId: m.planId,
  documents: m.documents.map(({ title, url }) => ({ title, url })),
  reason: '',
});

/**
 * The secretariat's corrections of a recorded meeting, with a reason: its kind, the day it was held (not
 * after the first review of a recommendation made at it), its title in the interface's language (its
 * other languages kept), organisers, participants, place, plan and the list of its documents. Only what
 * was changed is sent, based on the revision read; a place emptied, or "No plan", removes it.
 */
export function MeetingCorrections({ meeting: read }: { meeting: MeetingDetails }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const language = i18n.language as keyof Titles;
  const plans = useQuery({
    queryKey: ['plans', i18n.language],
    queryFn: () => allPages((page) => unwrap<PlanList>(api.GET('/plans', { params: { query: { page, pageSize: 200 } } }))),
  });
  const form = useForm<CorrectionValues>({ initialValues: valuesOf(read, language) });
  // Corrected from the meeting as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, (m) => valuesOf(m, language));
  const m = held ?? read;
  const shownTitle = titleIn(m, language);
  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: ['meeting', m.id] });
    // The list of meetings and its pickers; each recommendation on the board names its meeting and the day.
    await queries.invalidateQueries({ queryKey: ['meetings'] });
    await queries.invalidateQueries({ queryKey: ['recommendations'] });
  };
  const command = useCommand({
    form,
    basedOn: m.revision ?? undefined,
    send: (v, headers) => {
      const documents = given(v.documents);
      return api.POST('/meetings/{id}/amend', {
        params: { path: { id: m.id } },
        body: {
          ...(v.kind !== m.kind ? { kind: v.kind } : {}),
          ...(v.heldOn !== m.heldOn ? { heldOn: v.heldOn } : {}),
          ...(v.title.trim() !== shownTitle ? { titles: { [language]: v.title.trim() } } : {}),
          ...(sameSet(v.organizerIds, m.organizerIds) ? {} : { organizerIds: v.organizerIds }),
          ...(sameSet(v.participantIds, m.participantIds) ? {} : { participantIds: v.participantIds }),
          place: removedOrChanged(m.place, v.place.trim()),
          planId: removedOrChanged(m.planId, v.planId),
          ...(sameDocuments(documents, m.documents) ? {} : { documents }),
          reason: v.reason,
        },
        headers,
      });
    },
    toFormPaths: formPaths,
    async onDone() {
      written();
      await refresh();
    },
  });
  // The dialog's reload: the meeting as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void refresh();
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('meetingCorrections.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('meetingCorrections.lead')}
      </Text>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('meetingCorrections.submit')} onReload={reloadRecord}>
        <Group grow wrap="wrap" align="start">
          <Select
            label={t('recommendationForm.kind')}
            required
            allowDeselect={false}
            data={MEETING_KINDS.map((k) => ({ value: k, label: t(`recommendationForm.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('recommendationForm.heldOn')} type="date" required {...form.getInputProps('heldOn')} />
        </Group>
        <TextInput label={t('meetingForm.titleField')} description={t('meetingCorrections.titleHint')} required {...form.getInputProps('title')} />
        <OrganizationsPicker label={t('meetings.organizers')} required {...form.getInputProps('organizerIds')} />
        <OrganizationsPicker label={t('meetings.participants')} {...form.getInputProps('participantIds')} />
        <Group grow wrap="wrap" align="start">
          <TextInput label={t('meetings.place')} {...form.getInputProps('place')} />
          <Select
            label={t('activityForm.plan')}
            allowDeselect={false}
            data={[{ value: NO_PLAN, label: t('meetingCorrections.noPlan') }, ...(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }))]}
            {...form.getInputProps('planId')}
            value={form.values.planId ?? NO_PLAN}
            onChange={(value) => form.setFieldValue('planId', value === NO_PLAN ? null : value)}
          />
        </Group>
        <Stack gap="xs">
          <Title order={3} size="h6">
            {t('meetingCorrections.documents')}
          </Title>
          {form.values.documents.map((_, i) => (
            <Group key={i} align="end" wrap="nowrap">
              <TextInput style={{ flex: 1 }} label={t('meetingCorrections.documentTitle', { number: i + 1 })} {...form.getInputProps(`documents.${i}.title`)} />
              <TextInput
                style={{ flex: 1 }}
                label={t('meetingCorrections.documentUrl', { number: i + 1 })}
                type="url"
                {...form.getInputProps(`documents.${i}.url`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('meetingCorrections.removeDocument', { number: i + 1 })}
                onClick={() => form.removeListItem('documents', i)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('documents', { title: '', url: '' })}>
            {t('meetingCorrections.addDocument')}
          </Button>
        </Stack>
        <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
      </CommandForm>
    </Card>
  );
}
