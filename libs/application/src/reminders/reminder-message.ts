import escapeHtml from 'escape-html';
import { titleIn } from '#domain';
import type { Message } from '#platform';
import type { DecisionDue, Language, PersonReminder, Reason, ReportDue } from './reminder-rules.js';

interface Wording {
  subject: (count: number) => string;
  greeting: (name: string) => string;
  due: (number: string, title: string, dueDate: string, days: number) => string;
  overdue: (number: string, title: string, dueDate: string, days: number) => string;
  digest: (count: number) => string;
  digestLine: (number: string, title: string, dueDate: string) => string;
  reportDue: (code: string, title: string, period: string, dueOn: string, days: number) => string;
  reportOverdue: (code: string, title: string, period: string, dueOn: string, days: number) => string;
  digestReports: (count: number) => string;
  closing: string;
}

const WORDING: Record<Language, Wording> = {
  en: {
    subject: (n) => (n === 1 ? 'Action plan monitor: 1 reminder' : `Action plan monitor: ${n} reminders`),
    greeting: (name) => `Hello ${name},`,
    due: (n, t, d, days) => `Decision ${n} "${t}" is due on ${d}, in ${days} days.`,
    overdue: (n, t, d, days) => `Decision ${n} "${t}" was due on ${d}: ${days} days overdue.`,
    digest: (count) => `Overdue this week: ${count} decisions.`,
    digestLine: (n, t, d) => `${n} "${t}", due ${d}`,
    reportDue: (c, t, p, d, days) => (days === 0 ? `The progress report of activity ${c} "${t}" for ${p} is due today (${d}).` : `The progress report of activity ${c} "${t}" for ${p} is due on ${d}, in ${days} days.`),
    reportOverdue: (c, t, p, d, days) => `The progress report of activity ${c} "${t}" for ${p} was due on ${d}: ${days} days overdue.`,
    digestReports: (count) => `Progress reports missing: ${count}.`,
    closing: 'Record what was done as a follow-up in the action plan monitor.',
  },
  ru: {
    subject: (n) => `Мониторинг плана действий: напоминаний — ${n}`,
    greeting: (name) => `Здравствуйте, ${name}!`,
    due: (n, t, d, days) => `Срок исполнения решения ${n} «${t}» — ${d}, осталось дней: ${days}.`,
    overdue: (n, t, d, days) => `Срок исполнения решения ${n} «${t}» истёк ${d}, просрочено дней: ${days}.`,
    digest: (count) => `Просрочено на этой неделе решений: ${count}.`,
    digestLine: (n, t, d) => `${n} «${t}», срок ${d}`,
    reportDue: (c, t, p, d, days) => (days === 0 ? `Отчёт о ходе мероприятия ${c} «${t}» за ${p} нужно сдать сегодня (${d}).` : `Отчёт о ходе мероприятия ${c} «${t}» за ${p} нужно сдать до ${d}, осталось дней: ${days}.`),
    reportOverdue: (c, t, p, d, days) => `Отчёт о ходе мероприятия ${c} «${t}» за ${p} нужно было сдать до ${d}, просрочено дней: ${days}.`,
    digestReports: (count) => `Не сдано отчётов о ходе: ${count}.`,
    closing: 'Запишите сделанное как ход исполнения в системе мониторинга.',
  },
  tg: {
    subject: (n) => `Мониторинги нақшаи амал: ёдраскуниҳо — ${n}`,
    greeting: (name) => `Салом, ${name}!`,
    due: (n, t, d, days) => `Мӯҳлати иҷрои қарори ${n} «${t}» — ${d}, рӯзҳои боқимонда: ${days}.`,
    overdue: (n, t, d, days) => `Мӯҳлати иҷрои қарори ${n} «${t}» ${d} гузашт, рӯзҳои гузашта: ${days}.`,
    digest: (count) => `Қарорҳои мӯҳлаташон гузашта дар ин ҳафта: ${count}.`,
    digestLine: (n, t, d) => `${n} «${t}», мӯҳлат ${d}`,
    reportDue: (c, t, p, d, days) => (days === 0 ? `Ҳисоботи пешрафти чорабинии ${c} «${t}» барои ${p} бояд имрӯз (${d}) супурда шавад.` : `Ҳисоботи пешрафти чорабинии ${c} «${t}» барои ${p} бояд то ${d} супурда шавад, рӯзҳои боқимонда: ${days}.`),
    reportOverdue: (c, t, p, d, days) => `Ҳисоботи пешрафти чорабинии ${c} «${t}» барои ${p} бояд то ${d} супурда мешуд, рӯзҳои гузашта: ${days}.`,
    digestReports: (count) => `Ҳисоботҳои пешрафти насупурда: ${count}.`,
    closing: 'Иҷрои корро ҳамчун рафти иҷро дар низоми мониторинг сабт кунед.',
  },
};

/** A line of the message, and the page of the web application where the person acts on it. */
interface Line {
  text: string;
  link?: string;
}

/** The web application's pages a reminder leads to: the decision in the tracker, the report form for the period. */
function pages(publicUrl: string) {
  const app = `${publicUrl.replace(/\/$/, '')}/app`;
  return {
    decision: (d: DecisionDue) => `${app}/decisions?view=all&focus=${d.id}`,
    report: (r: ReportDue) => `${app}/activities/${r.activityId}/report?periodStart=${r.periodStart}&periodEnd=${r.periodEnd}`,
    overdueDecisions: `${app}/decisions?view=overdue`,
    reports: `${app}/reports`,
  };
}

/** The lines a reason adds to the message. */
function lines(reason: Reason, w: Wording, language: Language, page: ReturnType<typeof pages>): Line[] {
  const title = (d: { titles: Partial<Record<Language, string>> }) => titleIn(d.titles, language);
  if (reason.kind === 'decision_due') return [{ text: w.due(reason.decision.number, title(reason.decision), reason.decision.dueDate, reason.daysLeft), link: page.decision(reason.decision) }];
  if (reason.kind === 'decision_overdue') return [{ text: w.overdue(reason.decision.number, title(reason.decision), reason.decision.dueDate, reason.daysLate), link: page.decision(reason.decision) }];
  const period = (r: { periodStart: string; periodEnd: string }) => `${r.periodStart} – ${r.periodEnd}`;
  if (reason.kind === 'report_due') return [{ text: w.reportDue(reason.report.code, title(reason.report), period(reason.report), reason.report.dueOn, reason.daysLeft), link: page.report(reason.report) }];
  if (reason.kind === 'report_overdue') return [{ text: w.reportOverdue(reason.report.code, title(reason.report), period(reason.report), reason.report.dueOn, reason.daysLate), link: page.report(reason.report) }];
  return [
    { text: w.digest(reason.overdueDecisions.length), link: page.overdueDecisions },
    ...reason.overdueDecisions.map((d) => ({ text: `- ${w.digestLine(d.number, title(d), d.dueDate)}`, link: page.decision(d) })),
    ...(reason.missingReports.length
      ? [{ text: w.digestReports(reason.missingReports.length), link: page.reports }, ...reason.missingReports.map((r) => ({ text: `- ${r.code} «${title(r)}», ${period(r)}, ${r.dueOn}` }))]
      : []),
  ];
}

/** One person's reminders of the day as one message, in their language, each line with the page to act on it (PUBLIC_URL's web application). */
export function reminderMessage(reminder: PersonReminder, publicUrl: string): Message {
  const w = WORDING[reminder.recipient.language];
  const page = pages(publicUrl);
  const body = reminder.reasons.flatMap((r) => lines(r, w, reminder.recipient.language, page));
  const text = [w.greeting(reminder.recipient.displayName), '', ...body.flatMap((l) => (l.link ? [l.text, `  ${l.link}`] : [l.text])), '', w.closing].join('\n');
  const item = (l: Line) => {
    const words = escapeHtml(l.text.replace(/^- /, ''));
    return `<li>${l.link ? `<a href="${escapeHtml(l.link)}">${words}</a>` : words}</li>`;
  };
  const html = `<p>${escapeHtml(w.greeting(reminder.recipient.displayName))}</p><ul>${body.map(item).join('')}</ul><p>${escapeHtml(w.closing)}</p>`;
  return { subject: w.subject(reminder.reasons.length), text, html };
}
