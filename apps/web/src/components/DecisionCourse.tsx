import { Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allPages } from '../api/all-pages';
import { api, unwrap } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Decision, DecisionList } from '../api/views';
import { useDecisionsRefresh } from '../hooks/useDecisionsRefresh';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm } from './CommandForm';

type Step = 'implemented' | 'revoke';

interface StepValues {
  step: Step;
  implementedOn: string;
  note: string;
  reason: string;
  revokedByDecisionId: string | null;
  effectiveOn: string;
}

/** What the form starts from, whatever the decision: carried out, nothing typed yet. */
const valuesOf = (): StepValues => ({ step: 'implemented', implementedOn: '', note: '', reason: '', revokedByDecisionId: null, effectiveOn: '' });

/** An open decision carried out (on a date, with a note) or revoked (with a reason, by a later decision), based on the revision read. */
export function DecisionCourse({ decision: read, onDone }: { decision: Decision; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const refresh = useDecisionsRefresh();
  const form = useForm<StepValues>({ initialValues: valuesOf() });
  // Based on the decision as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, valuesOf);
  const decision = held ?? read;
  const { step } = form.values;
  // The later decision that revoked it: any other decision of the commission.
  const others = useQuery({
    queryKey: ['decisions', 'all', i18n.language],
    queryFn: () => allPages((page) => unwrap<DecisionList>(api.GET('/decisions', { params: { query: { sort: '-number', page, pageSize: 200 } } }))),
    enabled: step === 'revoke',
  });
  const command = useCommand({
    form,
    basedOn: decision.revision,
    send: (v, headers) => {
      const path = { params: { path: { id: decision.id } }, headers };
      if (v.step === 'implemented')
        return api.POST('/decisions/{id}/implemented', { ...path, body: { implementedOn: v.implementedOn, ...(v.note ? { note: v.note } : {}) } });
      return api.POST('/decisions/{id}/revoke', {
        ...path,
        body: {
          reason: v.reason,
          ...(v.revokedByDecisionId ? { revokedByDecisionId: v.revokedByDecisionId } : {}),
          ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
        },
      });
    },
    async onDone() {
      written();
      await refresh();
      onDone();
    },
  });
  if (decision.status !== 'open') return null;
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t(`decisionEdit.do.${step}`)}
      onReload={() => {
        reload();
        void refresh();
      }}
    >
      <Select
        label={t('lifecycle.step')}
        data={(['implemented', 'revoke'] as const).map((s) => ({ value: s, label: t(`decisionEdit.steps.${s}`) }))}
        allowDeselect={false}
        {...form.getInputProps('step')}
      />
      {step === 'implemented' && (
        <>
          <TextInput label={t('decisionEdit.implementedOn')} type="date" required {...form.getInputProps('implementedOn')} />
          <Textarea label={t('decisionEdit.note')} autosize minRows={2} {...form.getInputProps('note')} />
        </>
      )}
      {step === 'revoke' && (
        <>
          <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
          <Select
            label={t('decisionEdit.revokedBy')}
            searchable
            clearable
            data={(others.data?.items ?? []).filter((d) => d.id !== decision.id).map((d) => ({ value: d.id, label: `${d.number} · ${d.title}` }))}
            {...form.getInputProps('revokedByDecisionId')}
          />
          <TextInput label={t('decisionEdit.effectiveOn')} type="date" {...form.getInputProps('effectiveOn')} />
        </>
      )}
    </CommandForm>
  );
}
