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
    closing: 'Record what was done as a follow-up in the action plan monitor.',
  },
  ru: {
    subject: (n) => `Мониторинг плана действий: напоминаний — ${n}`,
    greeting: (name) => `Здравствуйте, ${name}!`,
    due: (n, t, d, days) => `Срок исполнения решения ${n} «${t}» — ${d}, осталось дней: ${days}.`,
    overdue: (n, t, d, days) => `Срок исполнения решения ${n} «${t}» истёк ${d}, просрочено дней: ${days}.`,
    digest: (count) => `Просрочено на этой неделе решений: ${count}.`,
    digestLine: (n, t, d) => `${n} «${t}», срок ${d}`,
    closing: 'Запишите сделанное как ход исполнения в системе мониторинга.',
  },
  tg: {
    subject: (n) => `Мониторинги нақшаи амал: ёдраскуниҳо — ${n}`,
    greeting: (name) => `Салом, ${name}!`,
    due: (n, t, d, days) => `Мӯҳлати иҷрои қарори ${n} «${t}» — ${d}, рӯзҳои боқимонда: ${days}.`,
    overdue: (n, t, d, days) => `Мӯҳлати иҷрои қарори ${n} «${t}» ${d} гузашт, рӯзҳои гузашта: ${days}.`,
    digest: (count) => `Қарорҳои мӯҳлаташон гузашта дар ин ҳафта: ${count}.`,
    digestLine: (n, t, d) => `${n} «${t}», мӯҳлат ${d}`,
    closing: 'Иҷрои корро ҳамчун рафти иҷро дар низоми мониторинг сабт кунед.',
  },
};

/** The lines a reason adds to the message. */
function lines(reason: Reason, w: Wording, language: Language): string[] {
  const title = (d: { titles: Partial<Record<Language, string>> }) => titleIn(d.titles, language);
  if (reason.kind === 'decision_due') return [w.due(reason.decision.number, title(reason.decision), reason.decision.dueDate, reason.daysLeft)];
  if (reason.kind === 'decision_overdue') return [w.overdue(reason.decision.number, title(reason.decision), reason.decision.dueDate, reason.daysLate)];
  return [w.digest(reason.overdueDecisions.length), ...reason.overdueDecisions.map((d) => `- ${w.digestLine(d.number, title(d), d.dueDate)}`)];
}

/** One person's reminders of the day as one message, in their language. */
export function reminderMessage(reminder: PersonReminder): Message {
  const w = WORDING[reminder.recipient.language];
  const body = reminder.reasons.flatMap((r) => lines(r, w, reminder.recipient.language));
  const text = [w.greeting(reminder.recipient.displayName), '', ...body, '', w.closing].join('\n');
  const html = `<p>${escapeHtml(w.greeting(reminder.recipient.displayName))}</p><ul>${body.map((l) => `<li>${escapeHtml(l.replace(/^- /, ''))}</li>`).join('')}</ul><p>${escapeHtml(w.closing)}</p>`;
  return { subject: w.subject(reminder.reasons.length), text, html };
}
