import { Anchor, Badge, Button, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Decision } from '../api/views';

interface Props {
  decision: Decision;
  /** Opened on it (a reminder's or a session's link): marked, and the page scrolls to it. */
  current: boolean;
  agencyNames: (id: string) => string;
  /** Given where the reader may add a follow-up to it. */
  onFollowUp?: (decision: Decision) => void;
  /** Whether the reader may record its course and correct it (the secretariat). */
  correctable: boolean;
}

/** One decision of the tracker: number, title with its follow-ups, who is responsible, when due, where it stands. */
export function DecisionRow({ decision: d, current, agencyNames, onFollowUp, correctable }: Props) {
  const { t } = useTranslation();
  return (
    <Table.Tr id={`decision-${d.id}`} bg={current ? 'yellow.0' : undefined} aria-current={current ? 'true' : undefined}>
      <Table.Td>{d.number}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {d.title}
        </Text>
        <Text size="xs" c="gray.7">
          {d.decidedOn}
        </Text>
        {d.followUps.length > 0 && (
          <List size="xs" mt={4} aria-label={t('decisions.followUps')}>
            {d.followUps.map((f, i) => (
              <List.Item key={i}>
                {f.on}: {f.note}
              </List.Item>
            ))}
          </List>
        )}
      </Table.Td>
      <Table.Td>{d.responsibleAgencyIds.map(agencyNames).join(', ')}</Table.Td>
      <Table.Td>{d.dueDate ?? '–'}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Badge variant="light">{t(`status.${d.status}`, d.status)}</Badge>
          {d.overdue && <Badge color="red.9">{t('dashboard.overdue')}</Badge>}
        </Group>
        {d.implementedOn && <Text size="xs">{d.implementedOn}</Text>}
        {onFollowUp && d.status === 'open' && (
          <Button size="compact-xs" variant="default" mt={4} onClick={() => onFollowUp(d)} aria-label={`${t('decisions.addFollowUp')} ${d.number}`}>
            {t('decisions.addFollowUp')}
          </Button>
        )}
        {d.revokedReason && <Text size="xs">{d.revokedReason}</Text>}
        {correctable && (
          <Anchor component={Link} to={`/decisions/${d.id}/edit`} size="xs" display="block" mt={4} aria-label={`${t('decisionEdit.link')} ${d.number}`}>
            {t('decisionEdit.link')}
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
