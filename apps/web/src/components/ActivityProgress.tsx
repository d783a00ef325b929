import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How far the activity has come: the bar and its percent as a number. */
export function ActivityProgress({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('activity.progress')}</Text>
        <Text size="sm" fw={700}>
          {percent} %
        </Text>
      </Group>
      <Progress value={percent} size="lg" aria-label={`${t('activity.progress')} ${percent} %`} />
    </div>
  );
}
