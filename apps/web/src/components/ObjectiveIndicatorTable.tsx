import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../api/views';
import { MilestoneList } from './MilestoneList';
import type { ObjectiveIndicator } from './ObjectiveIndicatorForm';

/** An objective's indicators: what each measures and how, its baseline, its targets by year and final target, what it is broken down by. */
export function ObjectiveIndicatorTable({
  plan,
  indicators,
  onRevise,
}: {
  plan: Plan;
  indicators: readonly ObjectiveIndicator[];
  onRevise(indicator: ObjectiveIndicator): void;
}) {
  const { t } = useTranslation();
  const dimensionName = (code: string) => plan.disaggregations?.find((d) => d.code === code)?.name ?? code;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('resultsFramework.indicator')}</Table.Th>
            <Table.Th>{t('activity.baseline')}</Table.Th>
            <Table.Th>{t('resultsFramework.targetsByYear')}</Table.Th>
            <Table.Th>{t('resultsFramework.finalTarget')}</Table.Th>
            <Table.Th>{t('resultsFramework.disaggregations')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('indicatorForm.revise')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((i) => (
            <Table.Tr key={i.indicatorId}>
              <Table.Td>
                {i.name}
                <Text size="xs" c="gray.7">
                  {i.unit} · {t(`resultsFramework.types.${i.type}`)} · {t(`resultsFramework.directions.${i.direction}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                {i.baseline}
                {i.baselineDate && (
                  <Text size="xs" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
                    {i.baselineDate}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <MilestoneList targets={i.targets} />
              </Table.Td>
              <Table.Td>{i.target}</Table.Td>
              <Table.Td>{i.disaggregations.length ? i.disaggregations.map(dimensionName).join(', ') : '–'}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="default" onClick={() => onRevise(i)} aria-label={`${t('indicatorForm.revise')} ${i.name}`}>
                  {t('indicatorForm.revise')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
