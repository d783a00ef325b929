import { Button, Card, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { SessionDetails } from '../api/views';
import { ConflictDialog } from './ConflictDialog';
import { ErrorNotice } from './ErrorNotice';
import { OrganizationsPicker } from './OrganizationPicker';

interface HeldValues {
  heldOn: string;
  attendeeOrganizationIds: string[];
  minutesRef: string;
}

/** Records that a scheduled session took place: when, who attended, where its minutes are. */
export function SessionHeldForm({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<HeldValues>({ initialValues: { heldOn: session.scheduledOn, attendeeOrganizationIds: [], minutesRef: '' } });
  const reload = () => queries.invalidateQueries({ queryKey: ['session', session.id] });
  const command = useCommand({
    form,
    basedOn: session.revision,
    send: (values, headers) =>
      api.POST('/commission/sessions/{id}/held', {
        params: { path: { id: session.id } },
        body: { heldOn: values.heldOn, attendeeOrganizationIds: values.attendeeOrganizationIds, ...(values.minutesRef ? { minutesRef: values.minutesRef } : {}) },
        headers,
      }),
    onDone: reload,
  });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('sessionForm.held')}</Title>
      {command.refusal !== undefined && <ErrorNotice error={command.refusal} />}
      <form onSubmit={form.onSubmit((values) => void command.submit(values))} noValidate>
        <Stack>
          <TextInput label={t('sessionForm.heldOn')} type="date" required {...form.getInputProps('heldOn')} />
          <OrganizationsPicker label={t('sessions.attendees')} {...form.getInputProps('attendeeOrganizationIds')} />
          <TextInput label={t('sessionForm.minutesRef')} {...form.getInputProps('minutesRef')} />
          <Button type="submit" loading={command.busy} style={{ alignSelf: 'flex-start' }}>{t('sessionForm.recordHeld')}</Button>
        </Stack>
      </form>
      <ConflictDialog opened={command.conflict} onClose={command.closeConflict} onReload={() => { command.closeConflict(); void reload(); }} />
    </Card>
  );
}
