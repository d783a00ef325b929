import { Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import { CommandForm } from '../components/CommandForm';

interface SessionValues {
  number: string;
  scheduledOn: string;
  agenda: string;
}

/** Schedules a commission session: its number, date and agenda (one item a line, in the interface's language). */
export default function ScheduleSessionPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const form = useForm<SessionValues>({ initialValues: { number: '', scheduledOn: '', agenda: '' } });
  const language = i18n.language as 'en' | 'ru' | 'tg';
  const command = useCommand({
    form,
    send: (values, headers) => {
      const agenda = values.agenda.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => ({ [language]: line }));
      return api.POST('/commission/sessions', { body: { number: values.number, scheduledOn: values.scheduledOn, agenda }, headers });
    },
    // The API names agenda items by index; the form has them as lines of one field.
    toFormPaths: (errors) => Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^agenda\..*/, 'agenda'), message])),
    async onDone({ id }) {
      await queries.invalidateQueries({ queryKey: ['sessions'] });
      navigate(`/commission/sessions/${id}`);
    },
  });
  return (
    <Stack component="main" maw={720}>
      <Title order={1} size="h2">{t('sessionForm.title')}</Title>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('sessionForm.submit')}>
        <TextInput label={t('sessionForm.number')} required {...form.getInputProps('number')} />
        <TextInput label={t('sessionForm.scheduledOn')} type="date" required {...form.getInputProps('scheduledOn')} />
        <Textarea label={t('sessionForm.agenda')} description={t('sessionForm.agendaHint')} autosize minRows={3} {...form.getInputProps('agenda')} />
    </CommandForm>
    </Stack>
  );
}
