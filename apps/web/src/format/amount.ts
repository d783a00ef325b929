// With its extension: the browser tests import this file under Node's module resolution.
import { intlLocale } from './intl-locale.js';

/** An amount as the API gives it: a decimal string such as "1625000.00" or "-12.5". */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * An amount in the interface's language, its integer part grouped ("1,625,000.00" in English,
 * "1 625 000,00" in Russian and Tajik) and its decimals kept as given: the digits never pass through a
 * floating-point number, so an amount too large for one keeps every digit. Anything else is shown as it came.
 */
export function formatAmount(amount: string, language: string): string {
  const parts = DECIMAL.exec(amount.trim());
  if (!parts) return amount;
  const [, minus, integer, fraction] = parts;
  const format = new Intl.NumberFormat(intlLocale(language), { useGrouping: true });
  // The integer part grouped by the language's own rules, as a BigInt (exact, whatever its length).
  const grouped = format.format(BigInt(integer));
  const symbol = (type: Intl.NumberFormatPartTypes) => format.formatToParts(-1.5).find((p) => p.type === type)?.value;
  const decimals = fraction === undefined ? '' : `${symbol('decimal') ?? '.'}${fraction}`;
  const sign = minus && /[1-9]/.test(integer + (fraction ?? '')) ? (symbol('minusSign') ?? '-') : '';
  return `${sign}${grouped}${decimals}`;
}
