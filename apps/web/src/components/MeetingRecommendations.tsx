import { Anchor, Badge, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDetails } from '../api/views';
import type { OrganizationNames } from '../hooks/useOrganizations';

/** What became of each recommendation made at a meeting: its status, the decision that reviewed it, the activities taking it up. */
export function MeetingRecommendations({ recommendations, names }: { recommendations: MeetingDetails['recommendations']; names: OrganizationNames }) {
  const { t } = useTranslation();
  if (recommendations.length === 0) return <Text size="sm">{t('meetings.noRecommendations')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table>
        <Table.Thead>
          <Table.Tr><Table.Th>{t('recommendationForm.text')}</Table.Th><Table.Th>{t('meetings.proposers')}</Table.Th><Table.Th>{t('activities.status')}</Table.Th><Table.Th>{t('meetings.outcome')}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recommendations.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.text}</Table.Td>
              <Table.Td>{r.proposedByOrganizationIds.map(names).join(', ')}</Table.Td>
              <Table.Td><Badge variant="light">{t(`status.${r.status}`, r.status)}</Badge>{r.implementedOn && <Text size="xs">{r.implementedOn}</Text>}</Table.Td>
              <Table.Td>
                {r.outcome && (
                  <Text size="sm">
                    {t(`outcome.${r.outcome.outcome}`, r.outcome.outcome)} {r.outcome.on} ·{' '}
                    <Anchor component={Link} to={`/decisions?view=all&focus=${r.outcome.decisionId}`} size="sm">{r.outcome.decisionNumber ?? t('recommendations.byDecision')}</Anchor>
                    {r.outcome.reason ? ` · ${r.outcome.reason}` : ''}
                  </Text>
                )}
                <List size="xs" spacing={2}>
                  {r.linkedActivities.map((a) => (
                    <List.Item key={a.id}><Anchor component={Link} to={`/activities/${a.id}`} size="xs">{[a.code, a.title].filter(Boolean).join(' ')}</Anchor></List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
