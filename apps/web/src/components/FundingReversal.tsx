import { Button, Modal, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Activity } from '../api/views';
import type { FundingEntryLine } from '../format/funding-entries';
import { CommandForm } from './CommandForm';

/**
 * Reverses a commitment or disbursement recorded by mistake, with a reason: a compensating entry, the
 * original kept in the history. A commitment the donor has already disbursed against is refused (reverse
 * the disbursements first), said in the dialog.
 */
export function FundingReversal({ activity, entry, label }: { activity: Activity; entry: FundingEntryLine; label: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });
  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: ['activity', activity.id] });
    await queries.invalidateQueries({ queryKey: ['activity-history', activity.id] });
  };
  const command = useCommand({
    form,
    basedOn: activity.revision,
    send: ({ reason }, headers) => {
      const params = { path: { id: activity.id, revision: entry.revision } };
      const route =
        entry.kind === 'commitment' ? '/activities/{id}/funding-commitments/{revision}/reverse' : '/activities/{id}/disbursements/{revision}/reverse';
      return api.POST(route, { params, body: { reason }, headers });
    },
    async onDone() {
      setOpen(false);
      form.reset();
      await refresh();
    },
  });
  return (
    <>
      <Button size="compact-xs" variant="default" onClick={() => setOpen(true)} aria-label={`${t('fundingEntries.reverse')} ${label}`}>
        {t('fundingEntries.reverse')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={`${t('fundingEntries.reverse')} ${label}`}
        closeButtonProps={{ 'aria-label': t('conflict.keep') }}
      >
        <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('fundingEntries.reverse')} onReload={() => void refresh()}>
          <Textarea label={t('report.reason')} description={t('fundingEntries.reasonHint')} required autosize minRows={2} {...form.getInputProps('reason')} />
        </CommandForm>
      </Modal>
    </>
  );
}
