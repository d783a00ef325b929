import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePercent } from '../hooks/usePercent';

/** How far the activity has come: the bar and its percent as a number. */
export function ActivityProgress({ percent }: { percent: number }) {
  const { t } = useTranslation();
  const shown = usePercent()(percent);
  return (
    <div>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('activity.progress')}</Text>
        <Text size="sm" fw={700}>
          {shown}
        </Text>
      </Group>
      <Progress value={percent} size="lg" aria-label={`${t('activity.progress')} ${shown}`} />
    </div>
  );
}
