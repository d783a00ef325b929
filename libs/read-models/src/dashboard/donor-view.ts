import { isPositiveAmount, sumAmounts } from '#domain';
import type { Dashboard } from './dashboard.js';

/**
 * The dashboard as a donor may see it: committed and disbursed per currency are its own funding's,
 * so no line can be differenced into another donor's amounts; `byDonor` keeps its own entries only.
 * Planned budgets stay: they are the plan's published figures, owned by no donor. A currency line
 * that only others fund (nothing planned in it, nothing of the donor's) is left out, since its mere
 * presence says someone funds in that currency. Pure, and the input is not changed (it may be cached).
 */
export function dashboardForDonor(dashboard: Dashboard, donorId: string): Dashboard {
  const own = dashboard.byDonor.filter((d) => d.donorId.toLowerCase() === donorId.toLowerCase());
  const budget = dashboard.budget
    .map((line) => {
      const mine = own.filter((d) => d.currency === line.currency);
      return { ...line, committed: sumAmounts(mine.map((d) => d.committed)), disbursed: sumAmounts(mine.map((d) => d.disbursed)) };
    })
    .filter((line) => isPositiveAmount(line.planned) || own.some((d) => d.currency === line.currency));
  return { ...dashboard, budget, byDonor: own };
}
