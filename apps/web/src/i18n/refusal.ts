import i18n from 'i18next';
import type { ApiProblem } from '../api/client';

/**
 * A refusal in the reader's language. The API words its refusals in English, specific to the case; a
 * Russian or Tajik reader gets the translation of the refusal's code where there is one, else the API's
 * words. English readers keep the API's own, more specific sentence.
 */
export function refusalText(problem: ApiProblem): { text: string; details?: string } {
  const message = problem.message ?? '';
  const key = `refusals.${problem.code}`;
  if (i18n.language === 'en' || !problem.code || !i18n.exists(key)) return { text: message };
  return { text: i18n.t(key), details: message ? i18n.t('refusals.details', { message }) : undefined };
}
