import { Button, Card, Group, Modal, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../api/views';
import { OrganizationForm } from '../components/OrganizationForm';
import { useOrganizationList } from '../hooks/useOrganizations';
import { useSession } from '../session';

/** The organisations: ministries, agencies, international organisations, NGOs, diaspora organisations and donors. */
export default function OrganizationsPage() {
  const { t } = useTranslation();
  const records = useSession().can('admin', 'secretariat');
  const organizations = useOrganizationList();
  const [correcting, setCorrecting] = useState<Organization>();
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
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>{t('organizations.acronym')}</Table.Th><Table.Th>{t('organizations.name')}</Table.Th><Table.Th>{t('organizations.kind')}</Table.Th><Table.Th>{t('organizations.country')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {organizations.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.acronym}</Table.Td>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>{t(`organizations.kinds.${o.kind}`)}</Table.Td>
                <Table.Td>{o.country}</Table.Td>
                <Table.Td>{records && <Button size="xs" variant="default" onClick={() => setCorrecting(o)} aria-label={`${t('organizations.correct')} ${o.acronym}`}>{t('organizations.correct')}</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={!!correcting} onClose={() => setCorrecting(undefined)} title={correcting ? `${t('organizations.correct')} ${correcting.acronym}` : ''} closeButtonProps={{ 'aria-label': t('conflict.keep') }} size="lg">
        {correcting && <OrganizationForm organization={correcting} onDone={() => setCorrecting(undefined)} />}
      </Modal>
    </Stack>
  );
}
