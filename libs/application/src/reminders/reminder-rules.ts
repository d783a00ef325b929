/**
 * Pure: which reminders are due on a day, one message per person gathering every reason, each reason
 * named by a stable key so the ledger can refuse to send it twice.
 */

export type Language = 'en' | 'ru' | 'tg';

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  role: string;
  organizationId: string | null;
}

export interface DecisionDue {
  id: string;
  number: string;
  /** Its title in each language stored; a message gives the recipient's. */
  titles: Partial<Record<Language, string>>;
  dueDate: string;
  responsibleAgencyIds: string[];
}

/** A progress report an activity owes for a period of its plan's calendar, not yet in. */
export interface ReportDue {
  activityId: string;
  code: string;
  titles: Partial<Record<Language, string>>;
  /** Lead and partner agencies: their users report. */
  agencyIds: string[];
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

/** What a reminder is about: its stable key, and what the message says of it. */
export type Reason =
  | { key: string; kind: 'decision_due'; decision: DecisionDue; daysLeft: number }
  | { key: string; kind: 'decision_overdue'; decision: DecisionDue; daysLate: number }
  | { key: string; kind: 'report_due'; report: ReportDue; daysLeft: number }
  | { key: string; kind: 'report_overdue'; report: ReportDue; daysLate: number }
  | { key: string; kind: 'weekly_digest'; overdueDecisions: DecisionDue[]; missingReports: ReportDue[] };

export interface PersonReminder {
  recipient: Recipient;
  reasons: Reason[];
}

/**
 * A decision's notices: once within 30 days of its due date, once within 7, then once in each week it
 * is overdue. Each is a window, not a single day, so a day without a run (or a person already written
 * to that day) only delays a notice to the next run, never loses it; the key keeps it to once.
 */
export const NOTICE_WINDOWS = [30, 7] as const;

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** ISO week of a date, e.g. 2026-W49: the digest's key. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The notice a decision is in on `today`: within 30 days, within 7, or the n-th week overdue. */
function decisionReasons(decision: DecisionDue, today: string): Reason[] {
  const left = dayNumber(decision.dueDate) - dayNumber(today);
  if (left < 0) return [{ key: `decision:${decision.id}:overdue-week-${Math.ceil(-left / 7)}`, kind: 'decision_overdue', decision, daysLate: -left }];
  const window = [...NOTICE_WINDOWS].reverse().find((days) => left <= days);
  return window === undefined ? [] : [{ key: `decision:${decision.id}:due-in-${window}`, kind: 'decision_due', decision, daysLeft: left }];
}

/** The notice a report is in on `today`: due within 7 days, due today, or the n-th week overdue. */
function reportReasons(report: ReportDue, today: string): Reason[] {
  const left = dayNumber(report.dueOn) - dayNumber(today);
  const key = `report:${report.activityId}:${report.periodEnd}`;
  if (left < 0) return [{ key: `${key}:overdue-week-${Math.ceil(-left / 7)}`, kind: 'report_overdue', report, daysLate: -left }];
  if (left === 0) return [{ key: `${key}:due-today`, kind: 'report_due', report, daysLeft: 0 }];
  return left <= 7 ? [{ key: `${key}:due-in-7`, kind: 'report_due', report, daysLeft: left }] : [];
}

/**
 * Everyone to remind on `today`: the agency users of the organisations a decision names, for its
 * notices, and of an activity's lead and partners, for its reports due; the secretariat, once in each
 * ISO week, a digest of what is overdue and missing. One entry per person.
 */
export function remindersDue(today: string, decisions: DecisionDue[], recipients: Recipient[], reports: ReportDue[] = []): PersonReminder[] {
  const byPerson = new Map<string, PersonReminder>();
  const add = (recipient: Recipient, reason: Reason) => {
    const entry = byPerson.get(recipient.id) ?? { recipient, reasons: [] };
    entry.reasons.push(reason);
    byPerson.set(recipient.id, entry);
  };
  for (const decision of decisions) {
    for (const reason of decisionReasons(decision, today)) {
      for (const person of recipients) {
        if (person.role === 'agency' && person.organizationId && decision.responsibleAgencyIds.includes(person.organizationId)) add(person, reason);
      }
    }
  }
  for (const report of reports) {
    for (const reason of reportReasons(report, today)) {
      for (const person of recipients) {
        if (person.role === 'agency' && person.organizationId && report.agencyIds.includes(person.organizationId)) add(person, reason);
      }
    }
  }
  const overdue = decisions.filter((d) => d.dueDate < today).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const missing = reports.filter((r) => r.dueOn < today).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code));
  if (overdue.length + missing.length > 0) {
    for (const person of recipients.filter((r) => r.role === 'secretariat')) add(person, { key: `digest:${isoWeek(today)}`, kind: 'weekly_digest', overdueDecisions: overdue, missingReports: missing });
  }
  return [...byPerson.values()];
}
