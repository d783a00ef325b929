import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the activity is about, in its own words; said so when none is recorded. */
export function ActivityDescription({ description }: { description: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('activity.description')}
      </Text>
      {description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {description}
        </Text>
      ) : (
        <Text size="sm" c="gray.7">
          {t('activity.noDescription')}
        </Text>
      )}
    </div>
  );
}
