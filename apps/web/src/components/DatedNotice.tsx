import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Clocks } from '../format/clocks';

/** Says which date and moment of the record a page shows, with the way back to today. */
export function DatedNotice({ clocks, todayLabel, onToday }: { clocks: Clocks; todayLabel: string; onToday: () => void }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="gray.7">
      {[clocks.asOf && t('activities.asOf', { date: clocks.asOf }), clocks.knownAt && t('activities.knownAt', { moment: clocks.knownAt })]
        .filter(Boolean)
        .join(' · ')}
      {' · '}
      <Anchor component="button" type="button" size="sm" onClick={onToday}>
        {todayLabel}
      </Anchor>
    </Text>
  );
}
