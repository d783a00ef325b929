import { useTranslation } from 'react-i18next';
import { formatAmount } from '../format/amount';

/** Shows an amount (a decimal string) in the interface's language, followed by its currency when given. */
export function useAmount(): (amount: string, currency?: string) => string {
  const { i18n } = useTranslation();
  return (amount, currency) => (currency ? `${formatAmount(amount, i18n.language)} ${currency}` : formatAmount(amount, i18n.language));
}
