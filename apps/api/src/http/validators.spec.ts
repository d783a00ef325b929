import { isTimestamp } from './validators.js';

describe('isTimestamp', () => {
  it.each(['2016-06-30T12:00Z', '2016-06-30T12:00:59.123456+05:00', '1900-01-01T00:00Z', '2199-12-31T23:59:59-12:00', '2020-02-29T00:00Z'])('accepts %s', (value) => {
    expect(isTimestamp(value)).toBe(true);
  });

  it.each(['2020-13-45T99:99Z', '2019-02-29T10:00Z', '2016-06-30T24:00Z', '2016-06-30T12:60Z', '2016-06-30T12:00:60Z', '2016-06-30T12:00+24:00', '0000-01-01T00:00Z', '2200-01-01T00:00Z', '2016-06-30T12:00', '2016-06-30', 42])(
    'refuses %s',
    (value) => {
      expect(isTimestamp(value)).toBe(false);
    },
  );

  it('accepts a bare date only when asked to, and only a real one', () => {
    expect(isTimestamp('2016-06-30', true)).toBe(true);
    expect(isTimestamp('2020-02-30', true)).toBe(false);
    expect(isTimestamp('1899-12-31', true)).toBe(false);
  });
});
