import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Counts by status, each a link to the list behind it when there is one. */
export function StatusCounts({ counts, linkTo }: { counts: Record<string, number>; linkTo?: (status: string) => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {Object.entries(counts).map(([status, count]) => {
        const badge = <Badge variant="light" size="lg">{t(`status.${status}`, status)}: {count}</Badge>;
        return linkTo ? <Link key={status} to={linkTo(status)} aria-label={`${t(`status.${status}`, status)}: ${count}`}>{badge}</Link> : <span key={status}>{badge}</span>;
      })}
    </Group>
  );
}
