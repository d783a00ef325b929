import { Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';

/** Adds minutes, a report or a presentation to a recorded meeting. */
export function MeetingDocumentForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm({ initialValues: { title: '', url: '' } });
  const command = useCommand({
    form,
    send: (v, headers) => api.POST('/meetings/{id}/documents', { params: { path: { id: meetingId } }, body: v, headers }),
    async onDone() {
      form.reset();
      await queries.invalidateQueries({ queryKey: ['meeting', meetingId] });
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('meetings.addDocument')}>
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('meetings.documentTitle')} required {...form.getInputProps('title')} />
        <TextInput label={t('meetings.documentUrl')} type="url" required {...form.getInputProps('url')} />
      </Group>
    </CommandForm>
  );
}
