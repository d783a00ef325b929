import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReportsOwed } from '../hooks/useReportsOwed';

/** On an agency's first page: how many reports its organisation owes and are late, the oldest, and the way to them all. */
export function ReportsOwedNotice({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const owed = useReportsOwed(agencyId).data?.items;
  if (!owed || owed.length === 0) return null;
  return (
    <Alert variant="outline" color="gray.7" mb="md" title={t('reports.owed', { count: owed.length })}>
      <Text size="sm">{t('reports.oldest', { code: owed[0].code, title: owed[0].title, due: owed[0].dueOn })}</Text>
      <Anchor component={Link} to="/reports" size="sm">
        {t('reports.open')}
      </Anchor>
    </Alert>
  );
}
