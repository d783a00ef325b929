import { DomainError } from './domain-error.js';
import {
  addAmounts,
  addMoney,
  compareAmounts,
  fromScaled,
  isCurrencyCode,
  isDecimalAmount,
  isPositiveAmount,
  normalizeAmount,
  requirePositiveMoney,
  subtractAmounts,
  sumAmounts,
  toScaled,
} from './money.js';

describe('money', () => {
  it('scales decimal strings to integers of 10^-4', () => {
    expect(toScaled('1250000.5')).toBe(12500005000n);
    expect(toScaled('0.0001')).toBe(1n);
    expect(toScaled('-3')).toBe(-30000n);
  });

  it('refuses amounts that are not plain decimals with at most 4 decimals', () => {
    for (const bad of ['', '1e6', '1.', '.5', '1,000.00', ' 1', '1.00001', 'NaN', '+1']) {
      expect(isDecimalAmount(bad)).toBe(false);
      expect(() => toScaled(bad)).toThrow(RangeError);
    }
    expect(isDecimalAmount(12 as unknown)).toBe(false);
  });

  it('formats with at least two decimals and no trailing zeros beyond', () => {
    expect(fromScaled(12500005000n)).toBe('1250000.50');
    expect(fromScaled(1n)).toBe('0.0001');
    expect(fromScaled(-30000n)).toBe('-3.00');
    expect(fromScaled(12345n, 0)).toBe('1.2345');
    expect(fromScaled(10000n, 0)).toBe('1');
  });

  it('normalizes the spelling of an amount', () => {
    expect(normalizeAmount('1250000')).toBe('1250000.00');
    expect(normalizeAmount('007.5')).toBe('7.50');
    expect(normalizeAmount('-0')).toBe('0.00');
  });

  it('adds and subtracts exactly where floating point does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addAmounts('0.1', '0.2')).toBe('0.30');
    expect(subtractAmounts('0.3', '0.1')).toBe('0.20');
    expect(sumAmounts(['0.1', '0.1', '0.1'])).toBe('0.30');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('stays exact beyond the safe integer range of a double', () => {
    expect(addAmounts('9007199254740993.0001', '1')).toBe('9007199254740994.0001');
  });

  it('compares amounts numerically, not as strings', () => {
    expect(compareAmounts('10.00', '9.99')).toBe(1);
    expect(compareAmounts('9.99', '10')).toBe(-1);
    expect(compareAmounts('1.5', '1.5000')).toBe(0);
    expect(isPositiveAmount('0.0001')).toBe(true);
    expect(isPositiveAmount('0.00')).toBe(false);
  });

  it('adds money in one currency and refuses to mix currencies', () => {
    expect(addMoney({ amount: '1.10', currency: 'EUR' }, { amount: '2.2', currency: 'EUR' })).toEqual({ amount: '3.30', currency: 'EUR' });
    expect(() => addMoney({ amount: '1', currency: 'EUR' }, { amount: '1', currency: 'USD' })).toThrow(RangeError);
  });

  it('knows ISO 4217 codes, including the somoni', () => {
    expect(isCurrencyCode('TJS')).toBe(true);
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('XXX')).toBe(false);
  });

  it('validates money in a command and canonicalises it', () => {
    expect(requirePositiveMoney({ amount: '5', currency: 'TJS' }, 'money')).toEqual({ amount: '5.00', currency: 'TJS' });
    const codeOf = (amount: string, currency: string) => {
      try {
        requirePositiveMoney({ amount, currency }, 'money');
        return 'accepted';
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    expect(codeOf('abc', 'EUR')).toBe('INVALID_MONEY_AMOUNT');
    expect(codeOf('1.00', 'ABC')).toBe('UNKNOWN_CURRENCY');
    expect(codeOf('-1.00', 'EUR')).toBe('AMOUNT_NOT_POSITIVE');
  });
});
