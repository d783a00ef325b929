import { Group, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Organization } from '../api/views';
import { CommandForm } from './CommandForm';

interface RenameValues {
  name: string;
  acronym: string;
  effectiveOn: string;
}

/**
 * Records that an organisation was renamed in the world (`POST /organizations/{id}/rename`), effective on a
 * date, based on the revision read: a ministry reorganised, an agency renamed by decree. Not a correction
 * (which says the record was wrong): the history keeps the name it had before. The acronym goes only when
 * changed (the API keeps it otherwise); an empty date is today.
 */
export function OrganizationRenameForm({ organization, onDone }: { organization: Organization; onDone(): void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<RenameValues>({ initialValues: { name: organization.name, acronym: organization.acronym, effectiveOn: '' } });
  const reload = async () => {
    await queries.invalidateQueries({ queryKey: ['organizations'] });
    onDone();
  };
  const command = useCommand({
    form,
    basedOn: organization.revision,
    send: (v, headers) =>
      api.POST('/organizations/{id}/rename', {
        params: { path: { id: organization.id } },
        body: {
          name: v.name,
          ...(v.acronym.trim() && v.acronym.trim() !== organization.acronym ? { acronym: v.acronym.trim() } : {}),
          ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
        },
        headers,
      }),
    onDone: reload,
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={t('organizationRename.submit')} onReload={() => void reload()}>
      <Text size="sm">{t('organizationRename.lead')}</Text>
      <Text size="sm">{t('organizationRename.notCorrection')}</Text>
      <TextInput label={t('organizationRename.newName')} required {...form.getInputProps('name')} />
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('organizations.acronym')} description={t('organizationRename.acronymHint')} {...form.getInputProps('acronym')} />
        <TextInput
          label={t('organizationRename.effectiveOn')}
          description={t('organizationRename.effectiveOnHint')}
          type="date"
          {...form.getInputProps('effectiveOn')}
        />
      </Group>
    </CommandForm>
  );
}
