import { readFileSync } from 'node:fs';
import { ALL_DOMAIN_EVENT_TYPES } from '#domain';

const LANGUAGES = ['en', 'ru', 'tg'] as const;
const eventNames = (language: string) => (JSON.parse(readFileSync(`apps/web/src/i18n/${language}.json`, 'utf8')) as { events: Record<string, string> }).events;

/** The audit trail and every history name each event in the reader's language: none falls back to its English type. */
describe('the web application names every event the domain stores, in every language', () => {
  it.each(LANGUAGES)('%s', (language) => {
    const names = eventNames(language);
    expect(ALL_DOMAIN_EVENT_TYPES.filter((type) => !names[type]?.trim())).toEqual([]);
    // Russian and Tajik names are in Cyrillic: an English name copied over is a missing translation.
    if (language !== 'en') expect(Object.entries(names).filter(([, name]) => !/[\u0400-\u04ff]/u.test(name))).toEqual([]);
  });
});
