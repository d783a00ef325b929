import { Anchor, Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dimension, TrackingRow } from '../api/views';
import { titleIn } from '../pages/PlansPage';
import { useSession } from '../session';
import { PeriodText } from './Period';
import { usePercent } from '../hooks/usePercent';

const figure = (value: number | null) => (value === null ? '–' : String(value));

/**
 * One indicator of the tracking table: what it measures and against what, then per period the target,
 * the actual, the percent of target and the actual per category of each of its dimensions.
 */
export function TrackingIndicator({ row, dimensions, feederCode }: { row: TrackingRow; dimensions: Dimension[]; feederCode(activityId: string): string }) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  // Donors read the table but not the activities behind it.
  const opensActivities = useSession().can('admin', 'secretariat', 'agency', 'commission');
  // The columns of its disaggregations: every category of every dimension it is broken down by.
  const columns = row.disaggregations.flatMap((code) => {
    const dimension = dimensions.find((d) => d.code === code);
    return (dimension?.categories ?? []).map((c) => ({ dimension: code, category: c.code, label: titleIn(c.names, i18n.language) }));
  });
  const where = row.level === 'objective' ? `${t('tracking.objective')} ${row.objectiveCode ?? ''}` : `${t('tracking.activity')} ${row.activityCode ?? ''}`;
  return (
    <Card withBorder component="section" aria-label={`${where} · ${row.name}`}>
      <Group justify="space-between" align="start" wrap="wrap">
        <div>
          <Text size="sm" c="gray.7">
            {row.activityId && opensActivities ? <Anchor component={Link} to={`/activities/${row.activityId}`} size="sm">{where}</Anchor> : where}
            {row.retired && <Badge variant="outline" color="gray.7" ml={6}>{t('tracking.retired')}</Badge>}
          </Text>
          <Title order={3} size="h5">{row.name}</Title>
        </div>
        <Text size="sm">
          {t('tracking.baseline')} {row.baseline}{row.baselineDate ? ` (${row.baselineDate})` : ''} · {t('tracking.target')} {row.target} {row.unit} · {t(`tracking.direction.${row.direction}`)}
        </Text>
      </Group>
      {row.rolledUpFrom.length > 0 && (
        <Text size="xs" c="gray.7">{t('tracking.rolledUpFrom')} {row.rolledUpFrom.map((f) => `${feederCode(f.activityId)} (${t(`tracking.method.${f.method}`)})`).join(', ')}</Text>
      )}
      <Table.ScrollContainer minWidth={420} mt="xs">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tracking.period')}</Table.Th><Table.Th>{t('tracking.target')}</Table.Th><Table.Th>{t('tracking.actual')}</Table.Th><Table.Th>{t('tracking.percent')}</Table.Th>
              {columns.map((c) => <Table.Th key={`${c.dimension}:${c.category}`}>{c.label}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {row.periods.map((p) => (
              <Table.Tr key={p.period}>
                <Table.Td><PeriodText period={p.period} /></Table.Td>
                <Table.Td>{figure(p.target)}</Table.Td>
                <Table.Td>{figure(p.actual)}</Table.Td>
                <Table.Td>{percent(p.percentOfTarget)}</Table.Td>
                {columns.map((c) => <Table.Td key={`${c.dimension}:${c.category}`}>{figure(p.disaggregations.find((d) => d.dimension === c.dimension && d.category === c.category)?.actual ?? null)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {row.periods.length === 0 && <Text size="sm">{t('tracking.noPeriods')}</Text>}
    </Card>
  );
}
