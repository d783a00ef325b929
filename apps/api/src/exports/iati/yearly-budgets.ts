/** One IATI budget: at most a year long (IATI Validator rule 7.5.3), with its share of the activity's budget. */
export interface BudgetPeriod {
  periodStart: string;
  periodEnd: string;
  amount: string;
}

const DAY_MS = 86_400_000;
const daysFrom = (start: string, end: string) => (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS + 1;

/**
 * Splits an activity's budget over the calendar years of its planned period (part-years at the edges),
 * pro rata by days. Shares are rounded to the cent (or the amount's own finer scale) cumulatively, so
 * each is off by less than a cent and together they add up to the total exactly.
 */
export function yearlyBudgets(plannedStart: string, plannedEnd: string, amount: string): BudgetPeriod[] {
  const scale = Math.max(2, amount.split('.')[1]?.length ?? 0);
  const [whole, fraction = ''] = amount.split('.');
  const total = BigInt(whole + fraction.padEnd(scale, '0'));
  const totalDays = BigInt(daysFrom(plannedStart, plannedEnd));
  const firstYear = Number(plannedStart.slice(0, 4));
  const lastYear = Number(plannedEnd.slice(0, 4));
  const periods: BudgetPeriod[] = [];
  let daysSoFar = 0n;
  let allocated = 0n;
  for (let year = firstYear; year <= lastYear; year++) {
    const periodStart = year === firstYear ? plannedStart : `${year}-01-01`;
    const periodEnd = year === lastYear ? plannedEnd : `${year}-12-31`;
    daysSoFar += BigInt(daysFrom(periodStart, periodEnd));
    // round(total × daysSoFar / totalDays), half up, in minor units
    const upToHere = (2n * total * daysSoFar + totalDays) / (2n * totalDays);
    periods.push({ periodStart, periodEnd, amount: decimal(upToHere - allocated, scale) });
    allocated = upToHere;
  }
  return periods;
}

function decimal(minorUnits: bigint, scale: number): string {
  const digits = minorUnits.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
