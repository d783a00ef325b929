import type { TitleLanguage } from '#domain';

/** The words of the session pack, in the commission's three languages. */
export interface PackLabels {
  title: (number: string) => string;
  date: string;
  asOf: string;
  previous: string;
  none: string;
  agenda: string;
  recommendations: string;
  source: string;
  proposer: string;
  targets: string;
  decisions: string;
  due: string;
  overdue: string;
  responsible: string;
  followUps: string;
  progress: string;
  plan: string;
  objective: string;
  started: string;
  completed: string;
  delayed: string;
  cancelled: string;
  funding: string;
  currency: string;
  committed: string;
  disbursed: string;
  audit: string;
  auditLine: (digest: string, events: number, streams: number, position: string) => string;
}

export const PACK_LABELS: Record<TitleLanguage, PackLabels> = {
  en: {
    title: (n) => `Inter-ministerial commission, session ${n}: session pack`,
    date: 'Date of the session',
    asOf: 'Figures as of',
    previous: 'Changes since the previous session',
    none: 'None.',
    agenda: 'Agenda',
    recommendations: 'Recommendations scheduled for review',
    source: 'Source meeting',
    proposer: 'Proposed by',
    targets: 'Addressed to',
    decisions: 'Decisions due or overdue',
    due: 'Due',
    overdue: 'overdue',
    responsible: 'Responsible',
    followUps: 'Follow-ups',
    progress: 'Progress by objective since the previous session',
    plan: 'Plan',
    objective: 'Objective',
    started: 'Started',
    completed: 'Completed',
    delayed: 'Delayed',
    cancelled: 'Cancelled',
    funding: 'Funding committed and disbursed since the previous session',
    currency: 'Currency',
    committed: 'Committed',
    disbursed: 'Disbursed',
    audit: 'Audit digest for the minutes',
    auditLine: (d, e, s, p) => `Digest ${d} over ${e} events in ${s} streams, at position ${p}.`,
  },
  ru: {
    title: (n) => `Межведомственная комиссия, заседание ${n}: материалы к заседанию`,
    date: 'Дата заседания',
    asOf: 'Данные на',
    previous: 'Изменения с предыдущего заседания',
    none: 'Нет.',
    agenda: 'Повестка',
    recommendations: 'Рекомендации к рассмотрению',
    source: 'Совещание-источник',
    proposer: 'Предложила',
    targets: 'Адресаты',
    decisions: 'Решения со сроком исполнения и просроченные',
    due: 'Срок',
    overdue: 'просрочено',
    responsible: 'Ответственные',
    followUps: 'Ход исполнения',
    progress: 'Ход выполнения по целям с предыдущего заседания',
    plan: 'План',
    objective: 'Цель',
    started: 'Начато',
    completed: 'Завершено',
    delayed: 'С задержкой',
    cancelled: 'Отменено',
    funding: 'Обязательства и выплаты с предыдущего заседания',
    currency: 'Валюта',
    committed: 'Обязательства',
    disbursed: 'Выплачено',
    audit: 'Контрольная сумма аудита для протокола',
    auditLine: (d, e, s, p) => `Хеш ${d} по ${e} событиям в ${s} потоках, на позиции ${p}.`,
  },
  tg: {
    title: (n) => `Комиссияи байниидоравӣ, ҷаласаи ${n}: маводи ҷаласа`,
    date: 'Санаи ҷаласа',
    asOf: 'Маълумот то санаи',
    previous: 'Тағйирот аз ҷаласаи гузашта',
    none: 'Нест.',
    agenda: 'Рӯзнома',
    recommendations: 'Тавсияҳо барои баррасӣ',
    source: 'Вохӯрии манбаъ',
    proposer: 'Пешниҳодкунанда',
    targets: 'Ба кӣ равона шудааст',
    decisions: 'Қарорҳои мӯҳлаташон расида ва гузашта',
    due: 'Мӯҳлат',
    overdue: 'мӯҳлаташ гузаштааст',
    responsible: 'Масъулон',
    followUps: 'Рафти иҷро',
    progress: 'Пешрафт аз рӯи ҳадафҳо аз ҷаласаи гузашта',
    plan: 'Нақша',
    objective: 'Ҳадаф',
    started: 'Оғозшуда',
    completed: 'Анҷомёфта',
    delayed: 'Бо таъхир',
    cancelled: 'Бекоршуда',
    funding: 'Ӯҳдадориҳо ва пардохтҳо аз ҷаласаи гузашта',
    currency: 'Асъор',
    committed: 'Ӯҳдадорӣ',
    disbursed: 'Пардохтшуда',
    audit: 'Хеши аудит барои суратмаҷлис',
    auditLine: (d, e, s, p) => `Хеши ${d} аз рӯи ${e} рӯйдод дар ${s} ҷараён, дар мавқеи ${p}.`,
  },
};
