import { reject } from './domain-error.js';

/**
 * Money is a decimal string amount and an ISO 4217 currency: `{ amount: '1250000.00', currency: 'EUR' }`.
 * Arithmetic is exact: amounts are scaled to integers of 10^-4 units and computed with BigInt.
 * Never floating point.
 */
export interface Money {
  amount: string;
  currency: string;
}

/** Decimal places kept exactly. More precise amounts are refused rather than rounded. */
export const MONEY_SCALE = 4;
const FACTOR = 10n ** BigInt(MONEY_SCALE);
const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,4}))?$/;

export function isDecimalAmount(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** '1250000.5' → 12500005000n (units of 10^-4). Throws RangeError on anything but a plain decimal. */
export function toScaled(amount: string): bigint {
  const match = DECIMAL.exec(amount);
  if (!match) throw new RangeError(`not a decimal amount with at most ${MONEY_SCALE} decimals: ${JSON.stringify(amount)}`);
  const [, sign, whole, fraction = ''] = match;
  const scaled = BigInt(whole!) * FACTOR + BigInt(fraction.padEnd(MONEY_SCALE, '0'));
  return sign ? -scaled : scaled;
}

/** 12500005000n → '1250000.50': at least `minFractionDigits` decimals, trailing zeros beyond them dropped. */
export function fromScaled(scaled: bigint, minFractionDigits = 2): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = abs / FACTOR;
  let fraction = (abs % FACTOR).toString().padStart(MONEY_SCALE, '0');
  while (fraction.length > minFractionDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${negative ? '-' : ''}${whole}${fraction ? '.' + fraction : ''}`;
}

/** The canonical spelling of an amount: '1250000' → '1250000.00', '007.5' → '7.50', '-0' → '0.00'. */
export function normalizeAmount(amount: string): string {
  return fromScaled(toScaled(amount));
}

export function addAmounts(a: string, b: string): string {
  return fromScaled(toScaled(a) + toScaled(b));
}

export function subtractAmounts(a: string, b: string): string {
  return fromScaled(toScaled(a) - toScaled(b));
}

export function sumAmounts(amounts: readonly string[]): string {
  return fromScaled(amounts.reduce((sum, a) => sum + toScaled(a), 0n));
}

export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const x = toScaled(a);
  const y = toScaled(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isPositiveAmount(amount: string): boolean {
  return toScaled(amount) > 0n;
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`cannot add ${a.currency} to ${b.currency}`);
  return { amount: addAmounts(a.amount, b.amount), currency: a.currency };
}

/**
 * Active ISO 4217 currency codes, plus those retired since 2011 (the data is back-filled history).
 * Precious metals, bond units and the test/no-currency codes are left out: nobody funds an activity in them.
 */
export const ISO_4217_CURRENCIES: readonly string[] = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BYR BZD ' +
  'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD ' +
  'KYD KZT LAK LBP LKR LRD LSL LTL LVL LYD MAD MDL MGA MKD MMK MNT MOP MRO MRU MUR MVR MWK MXN MXV MYR MZN NAD ' +
  'NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL ' +
  'SOS SRD SSP STD STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VEF ' +
  'VES VND VUV WST XAF XCD XCG XDR XOF XPF YER ZAR ZMK ZMW ZWG ZWL'
).split(' ');

const CURRENCIES = new Set(ISO_4217_CURRENCIES);

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && CURRENCIES.has(value);
}

/**
 * Validates money in a command (amount a plain decimal, > 0; currency ISO 4217) and returns it with
 * the amount in canonical form, as it is stored in the event.
 */
export function requirePositiveMoney(money: Money, field: string): Money {
  if (!isDecimalAmount(money.amount)) {
    reject('INVALID_MONEY_AMOUNT', `${field}.amount must be a decimal string with at most ${MONEY_SCALE} decimals`, `${field}.amount`);
  }
  if (!isCurrencyCode(money.currency)) reject('UNKNOWN_CURRENCY', `${field}.currency ${JSON.stringify(money.currency)} is not an ISO 4217 code`, `${field}.currency`);
  if (!isPositiveAmount(money.amount)) reject('AMOUNT_NOT_POSITIVE', `${field}.amount must be greater than zero`, `${field}.amount`);
  return { amount: normalizeAmount(money.amount), currency: money.currency };
}
