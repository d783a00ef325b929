import type { ReportingCalendar, ReportingFrequency } from '#domain';

const MONTHS: Record<ReportingFrequency, number> = { quarterly: 3, half_yearly: 6, yearly: 12 };

export interface ReportingPeriod {
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar periods (quarters, halves or years, aligned on 1 January) that overlap [from, to], each with its due date. */
export function reportingPeriods(calendar: Pick<ReportingCalendar, 'frequency' | 'dueDays'>, from: string, to: string): ReportingPeriod[] {
  const months = MONTHS[calendar.frequency];
  const first = new Date(`${from}T00:00:00Z`);
  let start = new Date(Date.UTC(first.getUTCFullYear(), Math.floor(first.getUTCMonth() / months) * months, 1));
  const periods: ReportingPeriod[] = [];
  while (iso(start) <= to) {
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
    const end = new Date(next.getTime() - 86_400_000);
    periods.push({ periodStart: iso(start), periodEnd: iso(end), dueOn: iso(new Date(end.getTime() + calendar.dueDays * 86_400_000)) });
    start = next;
  }
  return periods;
}
