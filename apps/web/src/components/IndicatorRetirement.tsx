import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Activity } from '../api/views';
import { useActivityRefresh } from '../hooks/useActivityRefresh';
import { ReasonDialog } from './ReasonDialog';

type Indicator = Activity['indicators'][number];

/**
 * Retires an activity's indicator, with a reason: it is no longer tracked, its reported values stay, new
 * reports may not give it one. The dialog says so before anything is sent.
 */
export function IndicatorRetirement({ activity, indicator }: { activity: Activity; indicator: Indicator }) {
  const { t } = useTranslation();
  const refresh = useActivityRefresh(activity);
  return (
    <ReasonDialog
      button={t('resultsFramework.retire')}
      title={t('resultsFramework.retireTitle', { name: indicator.name })}
      submitLabel={t('resultsFramework.retire')}
      reasonHint={t('resultsFramework.retireReasonHint')}
      revision={activity.revision}
      send={(reason, headers) =>
        api.POST('/activities/{id}/indicators/{indicator}/retire', {
          params: { path: { id: activity.id, indicator: indicator.indicatorId } },
          body: { reason },
          headers,
        })
      }
      refresh={refresh}
    >
      <Text size="sm" mb="sm">
        {t('resultsFramework.retireExplained')}
      </Text>
    </ReasonDialog>
  );
}
