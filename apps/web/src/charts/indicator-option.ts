import type { Activity } from '../api/views';
import type { ChartOption } from './EChart';

type Indicator = Activity['indicators'][number];

/** One indicator's path: its baseline, each period's reported value, and the target as a dashed line. */
export function indicatorOption(indicator: Indicator, reports: Activity['progressReports'], labels: { baseline: string; target: string; reported: string }): ChartOption {
  const points = reports
    .flatMap((r) => r.indicatorValues.filter((v) => v.indicatorId === indicator.indicatorId).map((v) => [r.periodEnd, v.value] as const))
    .sort(([a], [b]) => a.localeCompare(b));
  const axis = [labels.baseline, ...points.map(([end]) => end)];
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: axis },
    yAxis: { type: 'value' },
    series: [
      { name: labels.reported, type: 'line', data: [indicator.baseline, ...points.map(([, value]) => value)], itemStyle: { color: '#1c4e80' } },
      { name: labels.target, type: 'line', data: axis.map(() => indicator.target), lineStyle: { type: 'dashed' }, symbol: 'none', itemStyle: { color: '#2f7d32' } },
    ],
  };
}
