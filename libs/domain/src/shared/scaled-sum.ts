import { toScaled } from './money.js';

/** Whole digits an amount may have to be summed as a JS number: 11 + 4 decimals stay below 2^53. */
const SMALL_WHOLE_DIGITS = 11;

/**
 * An exact running sum of decimal amounts, in units of 10^-4 as toScaled gives them. Amounts and sums
 * that fit a safe integer are added as numbers; anything else in BigInt, as toScaled would. A dashboard
 * sums three amounts for each of thousands of activities, and a BigInt per amount was a fifth of it.
 */
export class ScaledSum {
  private small = 0;
  private large = 0n;

  /** Throws toScaled's RangeError on anything but a plain decimal with at most 4 decimals. */
  add(amount: string): this {
    const scaled = smallScaled(amount);
    if (scaled !== undefined && Number.isSafeInteger(this.small + scaled)) this.small += scaled;
    else this.large += toScaled(amount);
    return this;
  }

  get value(): bigint {
    return this.large + BigInt(this.small);
  }
}

/** toScaled(amount) as a number when the amount is a plain decimal of at most 11 whole digits; else undefined. */
export function smallScaled(amount: string): number | undefined {
  const length = amount.length;
  let i = amount.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const negative = i === 1;
  let whole = 0;
  const wholeStart = i;
  for (; i < length; i++) {
    const digit = amount.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  const wholeDigits = i - wholeStart;
  if (wholeDigits === 0 || wholeDigits > SMALL_WHOLE_DIGITS) return undefined;
  let fraction = 0;
  let places = 0;
  if (i < length) {
    if (amount.charCodeAt(i) !== 46) return undefined; // '.'
    for (i++; i < length; i++) {
      const digit = amount.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9 || places === 4) return undefined;
      fraction = fraction * 10 + digit;
      places++;
    }
    if (places === 0) return undefined;
  }
  const scaled = whole * 10_000 + fraction * 10 ** (4 - places);
  return negative ? -scaled : scaled;
}
