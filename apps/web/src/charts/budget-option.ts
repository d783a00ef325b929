import type { Dashboard } from '../api/views';
import { formatAmount } from '../format/amount';
import type { ChartOption } from './EChart';
import { intlLocale } from '../format/intl-locale';

/** Planned, committed and disbursed per currency, side by side; amounts and the axis in the interface's language. */
export function budgetOption(budget: Dashboard['budget'], labels: { planned: string; committed: string; disbursed: string }, language: string): ChartOption {
  const series = (['planned', 'committed', 'disbursed'] as const).map((key, i) => ({
    name: labels[key],
    type: 'bar',
    data: budget.map((b) => Number(b[key])),
    itemStyle: { color: ['#1c4e80', '#2f7d32', '#b35c00'][i] },
    // The tooltip tells the amount as the API gave it (the bar's number may have lost digits).
    tooltip: { valueFormatter: (_: unknown, index: number) => `${formatAmount(budget[index][key], language)} ${budget[index].currency}` },
  }));
  const axis = new Intl.NumberFormat(intlLocale(language));
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: budget.map((b) => b.currency) },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => axis.format(value) } },
    series,
  };
}
