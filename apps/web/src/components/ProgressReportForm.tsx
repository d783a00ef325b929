import { ActionIcon, Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../api/views';

export interface ProgressReportValues {
  periodStart: string;
  periodEnd: string;
  percentComplete: number | string;
  narrative: string;
  reason: string;
  indicatorValues: { indicatorId: string; name: string; value: number | string }[];
  evidence: { title: string; url: string }[];
}

/** The values a new report starts from, or those of the report being corrected. */
export function initialReport(activity: Activity, period?: { periodStart: string; periodEnd: string }): ProgressReportValues {
  const same = (r: { periodStart: string; periodEnd: string }) => period !== undefined && r.periodStart === period.periodStart && r.periodEnd === period.periodEnd;
  const corrected = activity.progressReports.find(same);
  // A draft, a returned or a reopened report under approval is taken up where it was left.
  const pending = (activity.pendingReports ?? []).find(same);
  const told = new Map((pending?.indicatorValues ?? corrected?.indicatorValues ?? []).map((v) => [v.indicatorId, v.value]));
  return {
    periodStart: period?.periodStart ?? '',
    periodEnd: period?.periodEnd ?? '',
    percentComplete: pending?.percentComplete ?? corrected?.percentComplete ?? activity.percentComplete,
    narrative: pending?.narrative ?? '',
    reason: '',
    // A retired indicator takes no new value; a correction may still restate the one it was given.
    indicatorValues: activity.indicators
      .filter((i) => !i.retired || told.has(i.indicatorId))
      .map((i) => ({ indicatorId: i.indicatorId, name: i.name, value: told.get(i.indicatorId) ?? '' })),
    evidence: (pending?.evidence ?? []).map(({ title, url }) => ({ title, url })),
  };
}

/** The body the API takes: indicators left blank are not reported. */
export function reportBody(values: ProgressReportValues) {
  return {
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    percentComplete: Number(values.percentComplete),
    ...(values.narrative ? { narrative: values.narrative } : {}),
    ...(values.reason ? { reason: values.reason } : {}),
    indicatorValues: values.indicatorValues.filter((v) => v.value !== '').map((v) => ({ indicatorId: v.indicatorId, value: Number(v.value) })),
    evidence: values.evidence.filter((e) => e.title || e.url),
  };
}

type Form = ReturnType<typeof useForm<ProgressReportValues>>;

/** Evidence links: a title and an address each, as many as needed (side by side where there is room, one above the other on a phone). */
function EvidenceFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">{t('report.evidence')}</Title>
      {form.values.evidence.map((_, i) => (
        <Group key={i} align="end" wrap="nowrap">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" style={{ flex: 1 }}>
            <TextInput label={t('report.evidenceTitle')} {...form.getInputProps(`evidence.${i}.title`)} />
            <TextInput label={t('report.evidenceUrl')} type="url" {...form.getInputProps(`evidence.${i}.url`)} />
          </SimpleGrid>
          <ActionIcon variant="default" size="lg" aria-label={t('report.removeEvidence')} onClick={() => form.removeListItem('evidence', i)}>×</ActionIcon>
        </Group>
      ))}
      <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('evidence', { title: '', url: '' })}>{t('report.addEvidence')}</Button>
    </Stack>
  );
}

/** A progress report: period, percent complete, indicator values, narrative and evidence. */
export function ProgressReportForm({ form, busy, onSubmit, onDraft }: { form: Form; busy: boolean; onSubmit(values: ProgressReportValues): void; onDraft?(values: ProgressReportValues): void }) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate style={{ maxWidth: 720 }}>
      <Stack>
      {/* Three abreast where there is room; on a phone a third of the width hides a date's year. */}
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <TextInput label={t('report.periodStart')} type="date" required {...form.getInputProps('periodStart')} />
        <TextInput label={t('report.periodEnd')} type="date" required {...form.getInputProps('periodEnd')} />
        <NumberInput label={t('report.percentComplete')} min={0} max={100} required {...form.getInputProps('percentComplete')} />
      </SimpleGrid>
      {form.values.indicatorValues.length > 0 && <Title order={2} size="h5">{t('report.indicatorValues')}</Title>}
      {form.values.indicatorValues.map((v, i) => (
        <NumberInput key={v.indicatorId} label={v.name} {...form.getInputProps(`indicatorValues.${i}.value`)} />
      ))}
      <Textarea label={t('report.narrative')} autosize minRows={2} {...form.getInputProps('narrative')} />
      <EvidenceFields form={form} />
      <TextInput label={t('report.reason')} description={t('report.reasonHint')} {...form.getInputProps('reason')} />
      <Group gap="xs">
        <Button type="submit" loading={busy}>{t('report.submit')}</Button>
        {/* Only where reports wait for approval: elsewhere a report counts once posted. */}
        {onDraft && <Button variant="default" loading={busy} onClick={() => form.onSubmit(onDraft)()}>{t('report.saveDraft')}</Button>}
      </Group>
      </Stack>
    </form>
  );
}
