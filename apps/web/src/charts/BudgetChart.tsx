import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/views';
import { budgetOption } from './budget-option';
import { Chart } from './Chart';

/** The plan's budget per currency: planned, committed, disbursed. */
export function BudgetChart({ budget }: { budget: Dashboard['budget'] }) {
  const { t } = useTranslation();
  const option = useMemo(() => budgetOption(budget, { planned: t('dashboard.planned'), committed: t('dashboard.committed'), disbursed: t('dashboard.disbursed') }), [budget, t]);
  return <Chart option={option} label={t('dashboard.budgetChart')} height={220} />;
}
