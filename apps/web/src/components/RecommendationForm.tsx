import { Group, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Recommendation, Titles } from '../api/views';
import { useRecommendationsRefresh } from '../hooks/useRecommendationsRefresh';
import { CommandForm, titlesAsField } from './CommandForm';
import { OrganizationsPicker } from './OrganizationPicker';
import { sameSet } from '../format/same-set';

interface RecommendationValues {
  text: string;
  proposedByOrganizationIds: string[];
  targetAgencyIds: string[];
  reason: string;
}

/**
 * What a recommendation says corrected, with a reason, in any status: its text in the interface's
 * language (its other languages kept), who proposed it and to whom it is addressed. Only what was
 * changed is sent; based on the revision read.
 */
export function RecommendationForm({ recommendation: r, onDone }: { recommendation: Recommendation; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const refresh = useRecommendationsRefresh();
  const language = i18n.language as keyof Titles;
  // The text in this language; where it has none yet, the one shown (typing over it adds this language).
  const shown = r.texts[language] ?? r.text;
  const form = useForm<RecommendationValues>({
    initialValues: { text: shown, proposedByOrganizationIds: r.proposedByOrganizationIds, targetAgencyIds: r.targetAgencyIds, reason: '' },
  });
  const command = useCommand({
    form,
    basedOn: r.revision,
    send: (v, headers) =>
      api.POST('/recommendations/{id}/amend', {
        params: { path: { id: r.id } },
        body: {
          ...(v.text.trim() !== shown ? { texts: { [language]: v.text.trim() } } : {}),
          ...(sameSet(v.proposedByOrganizationIds, r.proposedByOrganizationIds) ? {} : { proposedByOrganizationIds: v.proposedByOrganizationIds }),
          ...(sameSet(v.targetAgencyIds, r.targetAgencyIds) ? {} : { targetAgencyIds: v.targetAgencyIds }),
          reason: v.reason,
        },
        headers,
      }),
    toFormPaths: titlesAsField('text'),
    async onDone() {
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t('recommendationCourse.do.amend')}
      onReload={() => {
        void refresh();
        onDone();
      }}
    >
      <Textarea
        label={t('recommendationForm.text')}
        description={t('recommendationCourse.textHint')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('text')}
      />
      <Group grow wrap="wrap" align="start">
        <OrganizationsPicker label={t('recommendations.proposedBy')} required {...form.getInputProps('proposedByOrganizationIds')} />
        <OrganizationsPicker label={t('recommendationForm.targets')} {...form.getInputProps('targetAgencyIds')} />
      </Group>
      <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
    </CommandForm>
  );
}
