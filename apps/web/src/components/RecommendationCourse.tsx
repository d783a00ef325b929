import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Recommendation } from '../api/views';
import { useRecommendationsRefresh } from '../hooks/useRecommendationsRefresh';
import { CommandForm } from './CommandForm';

type Step = 'implemented' | 'withdraw';

/**
 * The step of its course a recommendation's status allows (libs/domain/src/recommendation): once
 * accepted, implemented; before that (submitted, scheduled for review, deferred), withdrawn. Rejected,
 * implemented and withdrawn are where it ends.
 */
export function courseStep(status: Recommendation['status']): Step | undefined {
  if (status === 'accepted') return 'implemented';
  if (status === 'submitted' || status === 'scheduled_for_review' || status === 'deferred') return 'withdraw';
  return undefined;
}

interface Evidence {
  title: string;
  url: string;
}

interface CourseValues {
  implementedOn: string;
  note: string;
  evidence: Evidence[];
  reason: string;
  effectiveOn: string;
}

const given = (evidence: Evidence[]) => evidence.filter((e) => e.title.trim() || e.url.trim()).map((e) => ({ title: e.title.trim(), url: e.url.trim() }));

/** The API names evidence by its index in what was sent; rows left blank were not sent, so the index is counted again. */
function evidencePaths(errors: Record<string, string>, values: CourseValues): Record<string, string> {
  const sent = values.evidence.flatMap((e, i) => (e.title.trim() || e.url.trim() ? [i] : []));
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path.replace(/^evidence\.(\d+)/, (_, n: string) => `evidence.${sent[Number(n)] ?? n}`), message]),
  );
}

/**
 * An accepted recommendation recorded as implemented (on a date, with a note, and evidence unless an
 * activity taking it up is linked), or one not yet accepted withdrawn with a reason; based on the
 * revision read. Nothing for a recommendation whose course has ended.
 */
export function RecommendationCourse({ recommendation: r, onDone }: { recommendation: Recommendation; onDone(): void }) {
  const { t } = useTranslation();
  const refresh = useRecommendationsRefresh();
  const step = courseStep(r.status);
  const linked = r.linkedActivityIds.length > 0;
  const form = useForm<CourseValues>({
    initialValues: { implementedOn: '', note: '', evidence: linked ? [] : [{ title: '', url: '' }], reason: '', effectiveOn: '' },
  });
  const command = useCommand({
    form,
    basedOn: r.revision,
    send: (v, headers) => {
      const path = { params: { path: { id: r.id } }, headers };
      if (step === 'implemented') {
        const evidence = given(v.evidence);
        return api.POST('/recommendations/{id}/implemented', {
          ...path,
          body: { implementedOn: v.implementedOn, ...(v.note.trim() ? { note: v.note.trim() } : {}), ...(evidence.length > 0 ? { evidence } : {}) },
        });
      }
      return api.POST('/recommendations/{id}/withdraw', { ...path, body: { reason: v.reason, ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}) } });
    },
    toFormPaths: evidencePaths,
    async onDone() {
      await refresh();
      onDone();
    },
  });
  if (!step) return null;
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t(`recommendationCourse.do.${step}`)}
      onReload={() => {
        void refresh();
        onDone();
      }}
    >
      {step === 'implemented' && (
        <>
          <TextInput label={t('recommendationCourse.implementedOn')} type="date" required {...form.getInputProps('implementedOn')} />
          <Textarea label={t('recommendationCourse.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Stack gap="xs">
            <Title order={4} size="h6">
              {t('report.evidence')}
            </Title>
            <Text size="xs" c="gray.7">
              {t(linked ? 'recommendationCourse.evidenceOptional' : 'recommendationCourse.evidenceRequired')}
            </Text>
            {form.values.evidence.map((_, i) => (
              <Group key={i} align="end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('recommendationCourse.evidenceTitle', { number: i + 1 })}
                  {...form.getInputProps(`evidence.${i}.title`)}
                />
                <TextInput
                  style={{ flex: 1 }}
                  label={t('recommendationCourse.evidenceUrl', { number: i + 1 })}
                  type="url"
                  {...form.getInputProps(`evidence.${i}.url`)}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('recommendationCourse.removeEvidence', { number: i + 1 })}
                  onClick={() => form.removeListItem('evidence', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {/* The rule "a linked activity or evidence" refuses the whole list: said here, beside it. */}
            {typeof form.errors.evidence === 'string' && (
              <Text size="sm" c="red.9">
                {form.errors.evidence}
              </Text>
            )}
            <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('evidence', { title: '', url: '' })}>
              {t('report.addEvidence')}
            </Button>
          </Stack>
        </>
      )}
      {step === 'withdraw' && (
        <>
          <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
          <TextInput
            label={t('recommendationCourse.withdrawnOn')}
            description={t('recommendationCourse.withdrawnOnHint')}
            type="date"
            {...form.getInputProps('effectiveOn')}
          />
        </>
      )}
    </CommandForm>
  );
}
