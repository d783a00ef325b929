import { Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../api/views';
import { OrganizationForm } from '../components/OrganizationForm';
import { OrganizationRenameForm } from '../components/OrganizationRenameForm';
import { useOrganizationList } from '../hooks/useOrganizations';
import { useSession } from '../session';

/** The organisations: ministries, agencies, international organisations, NGOs, diaspora organisations and donors. */
export default function OrganizationsPage() {
  const { t } = useTranslation();
  const records = useSession().can('admin', 'secretariat');
  const organizations = useOrganizationList();
  const [correcting, setCorrecting] = useState<Organization>();
  const [renaming, setRenaming] = useState<Organization>();
  const [registering, setRegistering] = useState(false);
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('organizations.title')}</Title>
        {records && <Button onClick={() => setRegistering(true)}>{t('organizations.register')}</Button>}
      </Group>
      {registering && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('organizations.register')}</Title>
          <OrganizationForm onDone={() => setRegistering(false)} />
        </Card>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>{t('organizations.acronym')}</Table.Th><Table.Th>{t('organizations.name')}</Table.Th><Table.Th>{t('organizations.kind')}</Table.Th><Table.Th>{t('organizations.country')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {organizations.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.acronym}</Table.Td>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>{t(`organizations.kinds.${o.kind}`)}</Table.Td>
                <Table.Td>{o.country}</Table.Td>
                <Table.Td>
                  {records && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setCorrecting(o)} aria-label={`${t('organizations.correct')} ${o.acronym}`}>{t('organizations.correct')}</Button>
                      <Button size="xs" variant="default" onClick={() => setRenaming(o)} aria-label={t('organizationRename.buttonFor', { acronym: o.acronym })}>{t('organizationRename.button')}</Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={!!correcting} onClose={() => setCorrecting(undefined)} title={correcting ? `${t('organizations.correct')} ${correcting.acronym}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }} size="lg">
        {correcting && <Text size="sm" mb="sm">{t('organizationRename.correctionLead')}</Text>}
        {correcting && <OrganizationForm organization={correcting} onDone={() => setCorrecting(undefined)} />}
      </Modal>
      <Modal opened={!!renaming} onClose={() => setRenaming(undefined)} title={renaming ? t('organizationRename.title', { acronym: renaming.acronym }) : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }} size="lg">
        {renaming && <OrganizationRenameForm organization={renaming} onDone={() => setRenaming(undefined)} />}
      </Modal>
    </Stack>
  );
}
