import { intlLocale } from './intl-locale';

/** A percentage in the interface's language ("78.6 %" in English, "78,6 %" in Russian and Tajik); a dash when there is none. */
export function formatPercent(value: number | null | undefined, language: string): string {
  return value === null || value === undefined ? '–' : `${new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 }).format(value)} %`;
}
