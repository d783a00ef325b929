import { isIndicatorNumber } from './indicator-number.js';

describe('an indicator number', () => {
  it.each([0, 12, -3.5, 1e12, -1e12, 0.000001, 999_999_999_999.5, 37.123456])('takes %p', (value) => {
    expect(isIndicatorNumber(value)).toBe(true);
  });

  // Beyond a trillion, too fine (1e-7 prints in exponent notation), or not a finite number at all.
  it.each([1e12 + 1, -1e12 - 1, 1e308, 1.7e308, Infinity, NaN, 12345678901234567890, 1e-7, 0.1234567, 0.1 + 0.2, '12', null])('refuses %p', (value) => {
    expect(isIndicatorNumber(value)).toBe(false);
  });
});
