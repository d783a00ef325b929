import escapeHtml from 'escape-html';
import { titleIn } from '#domain';
import type { Message } from '#platform';
import type { Language, PersonReminder, Reason } from './reminder-rules.js';

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

/** The lines a reason adds to the message. */
function lines(reason: Reason, w: Wording, language: Language): string[] {
  const title = (d: { titles: Partial<Record<Language, string>> }) => titleIn(d.titles, language);
  if (reason.kind === 'decision_due') return [w.due(reason.decision.number, title(reason.decision), reason.decision.dueDate, reason.daysLeft)];
  if (reason.kind === 'decision_overdue') return [w.overdue(reason.decision.number, title(reason.decision), reason.decision.dueDate, reason.daysLate)];
  const period = (r: { periodStart: string; periodEnd: string }) => `${r.periodStart} – ${r.periodEnd}`;
  if (reason.kind === 'report_due') return [w.reportDue(reason.report.code, title(reason.report), period(reason.report), reason.report.dueOn, reason.daysLeft)];
  if (reason.kind === 'report_overdue') return [w.reportOverdue(reason.report.code, title(reason.report), period(reason.report), reason.report.dueOn, reason.daysLate)];
  return [
    w.digest(reason.overdueDecisions.length),
    ...reason.overdueDecisions.map((d) => `- ${w.digestLine(d.number, title(d), d.dueDate)}`),
    ...(reason.missingReports.length ? [w.digestReports(reason.missingReports.length), ...reason.missingReports.map((r) => `- ${r.code} «${title(r)}», ${period(r)}, ${r.dueOn}`)] : []),
  ];
}

/** One person's reminders of the day as one message, in their language. */
export function reminderMessage(reminder: PersonReminder): Message {
  const w = WORDING[reminder.recipient.language];
  const body = reminder.reasons.flatMap((r) => lines(r, w, reminder.recipient.language));
  const text = [w.greeting(reminder.recipient.displayName), '', ...body, '', w.closing].join('\n');
  const html = `<p>${escapeHtml(w.greeting(reminder.recipient.displayName))}</p><ul>${body.map((l) => `<li>${escapeHtml(l.replace(/^- /, ''))}</li>`).join('')}</ul><p>${escapeHtml(w.closing)}</p>`;
  return { subject: w.subject(reminder.reasons.length), text, html };
}
