import { useTranslation } from 'react-i18next';
import { formatPercent } from '../format/percent';

/** Shows a percentage in the interface's language (its decimal comma in Russian and Tajik). */
export function usePercent(): (value: number | null | undefined) => string {
  const { i18n } = useTranslation();
  return (value) => formatPercent(value, i18n.language);
}
