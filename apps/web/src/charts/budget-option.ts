import type { Dashboard } from '../api/views';
import type { ChartOption } from './EChart';

/** Planned, committed and disbursed per currency, side by side. */
export function budgetOption(budget: Dashboard['budget'], labels: { planned: string; committed: string; disbursed: string }): ChartOption {
  const series = (['planned', 'committed', 'disbursed'] as const).map((key, i) => ({
    name: labels[key],
    type: 'bar',
    data: budget.map((b) => Number(b[key])),
    itemStyle: { color: ['#1c4e80', '#2f7d32', '#b35c00'][i] },
  }));
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: budget.map((b) => b.currency) },
    yAxis: { type: 'value' },
    series,
  };
}
