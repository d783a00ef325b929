import { Anchor, Button, Card, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recommendation } from '../api/views';
import type { OrganizationNames } from '../hooks/useOrganizations';

/**
 * A recommendation on the board: its text, the meeting it came from and the path it has taken since;
 * for the secretariat, the way to move it along (onMove) and to record its course or correct it (onChange).
 */
export function RecommendationCard({ recommendation: r, names, onMove, onChange }: { recommendation: Recommendation; names: OrganizationNames; onMove?(): void; onChange?(): void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="article" aria-label={r.text}>
      <Text size="sm" fw={600}>{r.text}</Text>
      <Text size="xs" c="gray.7" mt={4}>
        {r.meeting?.title ?? r.source?.title} ({r.meeting?.heldOn ?? r.source?.heldOn}) · {t('recommendations.proposedBy')} {(r.proposedByOrganizationIds ?? [r.proposedByOrganizationId]).map(names).join(', ')}
      </Text>
      <List size="xs" mt={4} spacing={2}>
        {r.schedules.map((s) => (
          <List.Item key={`${s.sessionId}${s.on}`}>
            {t('recommendations.scheduled')} <Anchor component={Link} to={`/commission/sessions/${s.sessionId}`} size="xs">{s.on}</Anchor>
          </List.Item>
        ))}
        {r.reviews.map((v) => (
          <List.Item key={`${v.decisionId}${v.on}`}>
            {t(`outcome.${v.outcome}`, v.outcome)} {v.on} · <Anchor component={Link} to={`/decisions?view=all&focus=${v.decisionId}`} size="xs">{t('recommendations.byDecision')}</Anchor>
            {v.reason ? ` · ${v.reason}` : ''}
          </List.Item>
        ))}
        {r.linkedActivityIds.map((id) => (
          <List.Item key={id}><Anchor component={Link} to={`/activities/${id}`} size="xs">{t('recommendations.linkedActivity')}</Anchor></List.Item>
        ))}
        {r.implementedOn && <List.Item>{t('status.implemented')} {r.implementedOn}</List.Item>}
        {r.withdrawnReason && <List.Item>{t('status.withdrawn')}: {r.withdrawnReason}</List.Item>}
      </List>
      {(onMove || onChange) && (
        <Group gap="xs" mt="xs">
          {onMove && <Button size="compact-xs" variant="default" onClick={onMove} aria-label={`${t('pipeline.title')}: ${r.text}`}>{t('pipeline.title')}</Button>}
          {onChange && <Button size="compact-xs" variant="default" onClick={onChange} aria-label={`${t('recommendationCourse.open')}: ${r.text}`}>{t('recommendationCourse.open')}</Button>}
        </Group>
      )}
    </Card>
  );
}
