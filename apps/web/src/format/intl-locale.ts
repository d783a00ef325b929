/**
 * Tajik is not in every browser's ICU (Chromium's lacks it, and then writes "78.6" and "12/8/2026"): where it
 * is missing, its numbers and numeric dates are written as Russian writes them, as Tajik does too
 * ("1 625 000,00", "78,6 %", "08.12.2026").
 */
const WRITTEN_LIKE: Record<string, string> = { tg: 'ru' };

/** The locale to give Intl (and toLocaleString) for the interface's language. */
export function intlLocale(language: string): string {
  return Intl.NumberFormat.supportedLocalesOf([language]).length > 0 ? language : (WRITTEN_LIKE[language] ?? language);
}
