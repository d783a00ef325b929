import type { LinkPurpose } from '../auth/user-directory.js';

export type Language = 'en' | 'ru' | 'tg';

export interface Message {
  subject: string;
  text: string;
  html: string;
}

interface Wording {
  subject: string;
  greeting: (name: string) => string;
  body: string;
  action: string;
  expiry: string;
  ignore: string;
}

/** Short texts, one per purpose and language: the link, its 72-hour life, and what to do if unexpected. */
const WORDING: Record<LinkPurpose, Record<Language, Wording>> = {
  invitation: {
    en: {
      subject: 'Your invitation to the action plan monitor',
      greeting: (name) => `Hello ${name},`,
      body: 'You have been invited to the action plan monitor. Follow the link to set your password:',
      action: 'Set your password',
      expiry: 'The link works once and expires in 72 hours.',
      ignore: 'If you did not expect this message, ignore it.',
    },
    ru: {
      subject: 'Приглашение в систему мониторинга плана действий',
      greeting: (name) => `Здравствуйте, ${name}!`,
      body: 'Вас пригласили в систему мониторинга плана действий. Чтобы задать пароль, перейдите по ссылке:',
      action: 'Задать пароль',
      expiry: 'Ссылка действует один раз и в течение 72 часов.',
      ignore: 'Если вы не ожидали этого письма, просто проигнорируйте его.',
    },
    tg: {
      subject: 'Даъват ба низоми мониторинги нақшаи амал',
      greeting: (name) => `Салом, ${name}!`,
      body: 'Шуморо ба низоми мониторинги нақшаи амал даъват карданд. Барои муқаррар кардани рамз ба пайванд гузаред:',
      action: 'Муқаррар кардани рамз',
      expiry: 'Пайванд як маротиба ва дар давоми 72 соат амал мекунад.',
      ignore: 'Агар шумо ин мактубро интизор набудед, онро нодида гиред.',
    },
  },
  reset: {
    en: {
      subject: 'Reset your password',
      greeting: (name) => `Hello ${name},`,
      body: 'Someone asked to reset your password. Follow the link to choose a new one:',
      action: 'Choose a new password',
      expiry: 'The link works once and expires in 72 hours.',
      ignore: 'If you did not ask for this, ignore this message: your password stays as it is.',
    },
    ru: {
      subject: 'Сброс пароля',
      greeting: (name) => `Здравствуйте, ${name}!`,
      body: 'Поступил запрос на сброс вашего пароля. Чтобы выбрать новый пароль, перейдите по ссылке:',
      action: 'Выбрать новый пароль',
      expiry: 'Ссылка действует один раз и в течение 72 часов.',
      ignore: 'Если вы не запрашивали сброс, проигнорируйте это письмо: пароль останется прежним.',
    },
    tg: {
      subject: 'Барқарор кардани рамз',
      greeting: (name) => `Салом, ${name}!`,
      body: 'Барои барқарор кардани рамзи шумо дархост омад. Барои интихоби рамзи нав ба пайванд гузаред:',
      action: 'Интихоби рамзи нав',
      expiry: 'Пайванд як маротиба ва дар давоми 72 соат амал мекунад.',
      ignore: 'Агар шумо ин дархостро накарда бошед, ин мактубро нодида гиред: рамзи шумо тағйир намеёбад.',
    },
  },
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The message carrying a one-time link, in the user's language, as plain text and HTML. */
export function linkMessage(purpose: LinkPurpose, language: Language, name: string, link: string): Message {
  const w = WORDING[purpose][language] ?? WORDING[purpose].en;
  const text = [w.greeting(name), '', w.body, link, '', w.expiry, w.ignore, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><body>`,
    `<p>${escapeHtml(w.greeting(name))}</p>`,
    `<p>${escapeHtml(w.body)}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(w.action)}</a></p>`,
    `<p>${escapeHtml(w.expiry)}<br>${escapeHtml(w.ignore)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: w.subject, text, html };
}
