import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { removedOrChanged } from '../api/removed-or-changed';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';
import type { Organization, OrganizationKind } from '../api/views';

const KINDS: OrganizationKind[] = ['ministry', 'state_agency', 'international_organization', 'ngo', 'diaspora_organization', 'donor'];

interface OrganizationValues {
  name: string;
  acronym: string;
  kind: OrganizationKind | null;
  country: string;
  iatiIdentifier: string;
  reason: string;
}

/** Registers an organisation, or corrects one (`organization` given) with a reason, based on the revision read; an IATI identifier emptied is removed. */
export function OrganizationForm({ organization, onDone }: { organization?: Organization; onDone(): void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm<OrganizationValues>({
    initialValues: { name: organization?.name ?? '', acronym: organization?.acronym ?? '', kind: organization?.kind ?? null, country: organization?.country ?? '', iatiIdentifier: organization?.iatiIdentifier ?? '', reason: '' },
  });
  const command = useCommand({
    form,
    basedOn: organization?.revision,
    send: (v, headers) => {
      const fields = { name: v.name, acronym: v.acronym, kind: v.kind as OrganizationKind, country: v.country.toUpperCase() };
      const iatiIdentifier = v.iatiIdentifier.trim();
      if (!organization) return api.POST('/organizations', { body: { ...fields, ...(iatiIdentifier ? { iatiIdentifier } : {}) }, headers });
      return api.POST('/organizations/{id}/amend', {
        params: { path: { id: organization.id } },
        body: { ...fields, iatiIdentifier: removedOrChanged(organization.iatiIdentifier, iatiIdentifier), reason: v.reason },
        headers,
      });
    },
    async onDone() {
      await queries.invalidateQueries({ queryKey: ['organizations'] });
      form.reset();
      onDone();
    },
  });
  return (
    <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={organization ? t('organizations.correct') : t('organizations.register')} onReload={() => { void queries.invalidateQueries({ queryKey: ['organizations'] }); onDone(); }}>
      <TextInput label={t('organizations.name')} required {...form.getInputProps('name')} />
      <Group grow wrap="wrap" align="start">
        <TextInput label={t('organizations.acronym')} required {...form.getInputProps('acronym')} />
        <TextInput label={t('organizations.country')} description={t('organizations.countryHint')} required maxLength={2} {...form.getInputProps('country')} />
      </Group>
      <Group grow wrap="wrap" align="start">
        <Select label={t('organizations.kind')} required data={KINDS.map((k) => ({ value: k, label: t(`organizations.kinds.${k}`) }))} {...form.getInputProps('kind')} />
        <TextInput label={t('organizations.iati')} description={t('organizations.iatiHint')} {...form.getInputProps('iatiIdentifier')} />
      </Group>
      {organization && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
