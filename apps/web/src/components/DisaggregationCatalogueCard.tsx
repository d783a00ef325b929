import { Button, Card, Modal, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension, Plan } from '../api/views';
import { DimensionForm } from './DimensionForm';

/**
 * The plan's disaggregation catalogue: each dimension with its categories and whether they add up to the
 * total; a dimension added (not on a closed plan) or corrected with a reason.
 */
export function DisaggregationCatalogueCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<Dimension>();
  const dimensions = plan.disaggregations ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('resultsFramework.catalogue')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('resultsFramework.catalogueHint')}
      </Text>
      {dimensions.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('resultsFramework.catalogue')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('resultsFramework.dimension')}</Table.Th>
                <Table.Th>{t('resultsFramework.dimensionCode')}</Table.Th>
                <Table.Th>{t('resultsFramework.categories')}</Table.Th>
                <Table.Th>{t('resultsFramework.addsUp')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('organizations.correct')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dimensions.map((d) => (
                <Table.Tr key={d.code}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{d.code}</Table.Td>
                  <Table.Td>{d.categories.map((c) => c.name).join(', ')}</Table.Td>
                  <Table.Td>{d.exhaustive ? t('resultsFramework.yes') : t('resultsFramework.no')}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="default" onClick={() => setCorrecting(d)} aria-label={`${t('organizations.correct')} ${d.name}`}>
                      {t('organizations.correct')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm">{t('resultsFramework.noDimensions')}</Text>
      )}
      {plan.status !== 'closed' && (
        <Button size="xs" variant="default" mt="sm" style={{ alignSelf: 'flex-start' }} onClick={() => setAdding(true)}>
          {t('resultsFramework.addDimension')}
        </Button>
      )}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        size="lg"
        title={t('resultsFramework.addDimension')}
        closeButtonProps={{ 'aria-label': t('conflict.keep') }}
      >
        {adding && <DimensionForm plan={plan} onDone={() => setAdding(false)} />}
      </Modal>
      <Modal
        opened={!!correcting}
        onClose={() => setCorrecting(undefined)}
        size="lg"
        title={correcting ? `${t('resultsFramework.correctDimension')} ${correcting.name}` : ''}
        closeButtonProps={{ 'aria-label': t('conflict.keep') }}
      >
        {correcting && (
          <>
            <Text size="sm" c="gray.7" mb="sm">
              {t('resultsFramework.correctHint')}
            </Text>
            <DimensionForm plan={plan} dimension={correcting} onDone={() => setCorrecting(undefined)} />
          </>
        )}
      </Modal>
    </Card>
  );
}
