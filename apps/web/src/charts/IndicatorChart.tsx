import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../api/views';
import { Chart } from './Chart';
import { indicatorOption } from './indicator-option';

/** Baseline → reported values → target of one indicator. */
export function IndicatorChart({ indicator, reports }: { indicator: Activity['indicators'][number]; reports: Activity['progressReports'] }) {
  const { t } = useTranslation();
  const option = useMemo(() => indicatorOption(indicator, reports, { baseline: t('activity.baseline'), target: t('activity.target'), reported: t('activity.reported') }), [indicator, reports, t]);
  return <Chart option={option} label={`${indicator.name}: ${t('activity.indicatorChart')}`} height={200} />;
}
