import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Plan } from '../api/views';
import { usePlanRefresh } from '../hooks/usePlanRefresh';
import { CommandForm } from './CommandForm';

interface CloseValues {
  closedOn: string;
  reason: string;
}

/**
 * Closes a plan: the day it closed (not after today, not before its adoption) and the reason, which a
 * draft never adopted (abandoned) must give; based on the revision read.
 */
export function ClosePlanForm({ plan: shown, onDone }: { plan: Plan; onDone(): void }) {
  const { t } = useTranslation();
  // The plan as it read when the form opened: its revision is sent as If-Match.
  const [plan] = useState(shown);
  const refresh = usePlanRefresh(plan.id);
  const abandoned = plan.status === 'draft';
  const form = useForm<CloseValues>({ initialValues: { closedOn: '', reason: '' } });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) =>
      api.POST('/plans/{id}/close', {
        params: { path: { id: plan.id } },
        body: { closedOn: v.closedOn, ...(v.reason || abandoned ? { reason: v.reason } : {}) },
        headers,
      }),
    async onDone() {
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t('planCourse.close.submit')}
      onReload={() => {
        void refresh();
        onDone();
      }}
    >
      <TextInput
        label={t('planCourse.close.closedOn')}
        description={t('planCourse.close.closedOnHint')}
        type="date"
        required
        {...form.getInputProps('closedOn')}
      />
      <Textarea
        label={t('report.reason')}
        description={t(abandoned ? 'planCourse.close.reasonRequired' : 'planCourse.close.reasonOptional')}
        required={abandoned}
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </CommandForm>
  );
}
