import { readFileSync } from 'node:fs';
import { DOMAIN_ERROR_CODES } from '#domain';

const TRANSLATED = ['ru', 'tg'] as const;
const refusals = (language: string) => (JSON.parse(readFileSync(`apps/web/src/i18n/${language}.json`, 'utf8')) as { refusals: Record<string, string> }).refusals;

/**
 * Codes the API answers with that are not domain codes: the HTTP edge's own (apps/api/src/http,
 * apps/api/src/auth) and the application's (libs/application/src/users/user-errors.ts). They have
 * translations too; add one here when the edge gains a code worth translating.
 */
const HTTP_CODES = [
  'VALIDATION_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'TOO_MANY_REQUESTS',
  'REVISION_MISMATCH',
  'WEAK_PASSWORD',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'NARROWER_THAN_ITS_OWNER',
];
/** Not a code: the line that shows the API's own sentence beside the translation (apps/web/src/i18n/refusal.ts). */
const NOT_CODES = ['details'];
const KNOWN = new Set<string>([...DOMAIN_ERROR_CODES, ...HTTP_CODES, ...NOT_CODES]);

/**
 * A Russian or Tajik reader sees a refusal in their language (apps/web/src/i18n/refusal.ts), or only
 * the API's English sentence where its code has no translation: every domain code has one.
 */
describe('the web application translates every refusal the domain can give', () => {
  it.each(TRANSLATED)('%s: every domain code has a translation, in Cyrillic', (language) => {
    const texts = refusals(language);
    expect(DOMAIN_ERROR_CODES.filter((code) => !texts[code]?.trim())).toEqual([]);
    // An English sentence copied over is a missing translation.
    expect(Object.entries(texts).filter(([, text]) => !/[\u0400-\u04ff]/u.test(text))).toEqual([]);
  });

  it.each(['en', ...TRANSLATED])('%s: every refusals key is a code the API answers with', (language) => {
    expect(Object.keys(refusals(language)).filter((key) => !KNOWN.has(key))).toEqual([]);
  });
});
