import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/views';
import { budgetOption } from './budget-option';
import { Chart } from './Chart';

/** The plan's budget per currency: planned, committed, disbursed (under the table's words for them: a donor's own are "by you"). */
export function BudgetChart({ budget, committed, disbursed }: { budget: Dashboard['budget']; committed: string; disbursed: string }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => budgetOption(budget, { planned: t('dashboard.planned'), committed, disbursed }, i18n.language), [budget, t, committed, disbursed, i18n.language]);
  return <Chart option={option} label={t('dashboard.budgetChart')} height={220} />;
}
