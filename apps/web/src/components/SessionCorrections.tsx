import { Card, Group, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { SessionDetails } from '../api/views';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm } from './CommandForm';

interface CorrectionValues {
  number: string;
  scheduledOn: string;
  reason: string;
}

const valuesOf = (session: SessionDetails): CorrectionValues => ({ number: session.number, scheduledOn: session.scheduledOn, reason: '' });

/**
 * The secretariat's corrections of a session, with a reason: its number (the minutes cite it), at any
 * time; the day it is scheduled for, until it is held. Each goes only when changed; the number first.
 */
export function SessionCorrections({ session: read }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<CorrectionValues>({ initialValues: valuesOf(read) });
  // Corrected from the session as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, valuesOf);
  const session = held ?? read;
  const scheduled = session.status === 'scheduled';
  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: ['session', session.id] });
    await queries.invalidateQueries({ queryKey: ['sessions'] });
  };
  const command = useCommand({
    form,
    basedOn: session.revision,
    async send(v, headers) {
      const path = { params: { path: { id: session.id } } };
      const renumber = (sent: Record<string, string>) =>
        api.POST('/commission/sessions/{id}/renumber', { ...path, body: { number: v.number, reason: v.reason }, headers: sent });
      const redate = (sent: Record<string, string>) =>
        api.POST('/commission/sessions/{id}/amend', { ...path, body: { scheduledOn: v.scheduledOn, reason: v.reason }, headers: sent });
      // The number alone (the same number records nothing), or the day alone.
      if (!scheduled || v.scheduledOn === session.scheduledOn) return renumber(headers);
      if (v.number === session.number) return redate(headers);
      // Both: the number first, then the day on the revision it left, under a key of its own.
      const renumbered = await renumber(headers);
      if (!renumbered.response.ok) return renumbered;
      return redate({
        ...headers,
        'Idempotency-Key': `${headers['Idempotency-Key']}-date`,
        'If-Match': `"${(renumbered.data as { revision: number }).revision}"`,
      });
    },
    async onDone() {
      written();
      await refresh();
    },
  });
  // The dialog's reload: the session as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void refresh();
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('sessionCorrections.title')}
      </Title>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('sessionCorrections.submit')} onReload={reloadRecord}>
        <Group grow wrap="wrap" align="start">
          <TextInput label={t('sessionCorrections.number')} required {...form.getInputProps('number')} />
          {scheduled && <TextInput label={t('sessions.scheduledOn')} type="date" required {...form.getInputProps('scheduledOn')} />}
        </Group>
        <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
      </CommandForm>
    </Card>
  );
}
