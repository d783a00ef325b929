import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { SessionDetails, Titles } from '../api/views';
import { useHeldRecord } from '../hooks/useHeldRecord';
import { CommandForm } from './CommandForm';

type Language = keyof Titles;

interface AgendaItem {
  text: string;
  /** What the item reads as stored, in every language; none for an item added here. */
  titles?: Titles;
  /** The text the field started with: an item left as it was keeps its titles as they are. */
  shown?: string;
}

interface AgendaValues {
  items: AgendaItem[];
  reason: string;
}

/** The agenda as sent: an item changed here in the reader's language, its other languages as they were. */
function agendaOf(items: AgendaItem[], language: Language): Titles[] {
  return items
    .filter((item) => item.text.trim() !== '')
    .map((item) => (item.titles && item.text === item.shown ? item.titles : { ...item.titles, [language]: item.text.trim() }));
}

/** What the form starts from: the agenda as read, each item in the reader's language (where it has one, else as shown). */
function valuesOf(session: SessionDetails, language: Language): AgendaValues {
  const items = session.agendaTitles.map((titles, i) => {
    const shown = titles[language] ?? session.agenda[i];
    return { text: shown, titles, shown };
  });
  return { items, reason: '' };
}

/**
 * The secretariat corrects a scheduled session's agenda, with a reason: items reworded, added or
 * removed, in the interface's language (an item's other languages are kept). Once the session is held
 * its agenda is part of the record, and the page does not offer this.
 */
export function SessionAgendaForm({ session: read }: { session: SessionDetails }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const language = i18n.language as Language;
  const form = useForm<AgendaValues>({ initialValues: valuesOf(read, language) });
  // Corrected from the agenda as read when the person began typing: a refresh meanwhile keeps what was typed.
  const { held, reload, written } = useHeldRecord(form, read, (s) => valuesOf(s, language));
  const session = held ?? read;
  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: ['session', session.id] });
    await queries.invalidateQueries({ queryKey: ['sessions'] });
  };
  const command = useCommand({
    form,
    basedOn: session.revision,
    send: (v, headers) =>
      api.POST('/commission/sessions/{id}/amend', {
        params: { path: { id: session.id } },
        body: { agenda: agendaOf(v.items, language), reason: v.reason },
        headers,
      }),
    // The API names an item by its index in what was sent; blank items were left out, so the index is counted again.
    toFormPaths: (errors, v) => {
      const kept = v.items.flatMap((item, i) => (item.text.trim() === '' ? [] : [i]));
      return Object.fromEntries(
        Object.entries(errors).map(([path, message]) => [path.replace(/^agenda\.(\d+).*/, (_, n: string) => `items.${kept[Number(n)] ?? 0}.text`), message]),
      );
    },
    async onDone() {
      written();
      await refresh();
    },
  });
  // The dialog's reload: the agenda as it now is, what was typed kept.
  const reloadRecord = () => {
    reload();
    void refresh();
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('sessionAgenda.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('sessionAgenda.lead')}
      </Text>
      <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('sessionAgenda.submit')} onReload={reloadRecord}>
        <Stack gap="xs">
          {form.values.items.map((_, i) => (
            <Group key={i} align="end" wrap="nowrap">
              <TextInput style={{ flex: 1 }} label={t('sessionAgenda.item', { number: i + 1 })} {...form.getInputProps(`items.${i}.text`)} />
              <ActionIcon variant="default" size="lg" aria-label={t('sessionAgenda.remove', { number: i + 1 })} onClick={() => form.removeListItem('items', i)}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('items', { text: '' })}>
            {t('sessionAgenda.add')}
          </Button>
        </Stack>
        <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />
      </CommandForm>
    </Card>
  );
}
