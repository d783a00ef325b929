import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityImport } from '../api/views';

/** The import recorded: how many activities, and the plan's list read from the import's position on (its own writes included). */
export function ImportDone({ result }: { result: ActivityImport }) {
  const { t } = useTranslation();
  const list = new URLSearchParams({ planId: result.planId, ...(result.position ? { minPosition: result.position } : {}) });
  return (
    <Alert variant="outline" color="green.9" role="status">
      <Text fw={700}>{t('import.recorded', { count: result.count })}</Text>
      <Anchor component={Link} to={`/activities?${list}`}>
        {t('import.toList')}
      </Anchor>
    </Alert>
  );
}
