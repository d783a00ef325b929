import { Button, Modal, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Activity } from '../api/views';
import { CommandForm } from './CommandForm';

type Indicator = Activity['indicators'][number];

/**
 * Retires an activity's indicator, with a reason: it is no longer tracked, its reported values stay, new
 * reports may not give it one. The dialog says so before anything is sent.
 */
export function IndicatorRetirement({ activity, indicator }: { activity: Activity; indicator: Indicator }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });
  const refresh = async () => {
    await Promise.all(
      [
        ['activity', activity.id],
        ['activity-history', activity.id],
        ['indicator-table', activity.planId],
        ['dashboard', activity.planId],
      ].map((queryKey) => queries.invalidateQueries({ queryKey })),
    );
  };
  const command = useCommand({
    form,
    basedOn: activity.revision,
    send: ({ reason }, headers) =>
      api.POST('/activities/{id}/indicators/{indicator}/retire', {
        params: { path: { id: activity.id, indicator: indicator.indicatorId } },
        body: { reason },
        headers,
      }),
    async onDone() {
      setOpen(false);
      form.reset();
      await refresh();
    },
  });
  const title = t('resultsFramework.retireTitle', { name: indicator.name });
  return (
    <>
      <Button size="compact-xs" variant="default" onClick={() => setOpen(true)} aria-label={title}>
        {t('resultsFramework.retire')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        <Text size="sm" mb="sm">
          {t('resultsFramework.retireExplained')}
        </Text>
        <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('resultsFramework.retire')} onReload={() => void refresh()}>
          <Textarea
            label={t('report.reason')}
            description={t('resultsFramework.retireReasonHint')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
        </CommandForm>
      </Modal>
    </>
  );
}
