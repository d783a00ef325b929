import { fromScaled, toScaled } from './money.js';
import { ScaledSum, smallScaled } from './scaled-sum.js';

describe('ScaledSum', () => {
  it('reads an amount as toScaled does, or leaves it to toScaled', () => {
    for (const amount of ['0', '-0', '7', '007.5', '1250000.5', '-12.3456', '99999999999.9999', '0.0001']) {
      expect(BigInt(smallScaled(amount)!)).toBe(toScaled(amount));
    }
    for (const amount of ['', '-', '.5', '5.', '1.23456', '1e3', ' 1', '1,0', '--1', '1.2.3', '123456789012', '+1']) {
      expect(smallScaled(amount)).toBeUndefined();
    }
  });

  it('sums exactly what toScaled sums, across the safe integer range and with negatives', () => {
    const amounts = ['1250000.50', '-0.0001', '99999999999.9999', '123456789012345678.25', '0.1', '0.2', '-99999999999.9999', '450000.00'];
    for (let n = 0; n < 200; n++) amounts.push(`${n % 7 === 0 ? '-' : ''}${(n * 7919) % 100_000_000_000}.${String(n % 10_000).padStart(4, '0')}`);
    for (let n = 0; n < 3000; n++) amounts.push('99999999999.9999'); // the number part overflows into BigInt
    const sum = amounts.reduce((s, a) => s.add(a), new ScaledSum());
    expect(sum.value).toBe(amounts.reduce((s, a) => s + toScaled(a), 0n));
    expect(fromScaled(new ScaledSum().add('0.1').add('0.2').value)).toBe('0.30');
  });

  it('refuses what toScaled refuses', () => {
    expect(() => new ScaledSum().add('1.23456')).toThrow(RangeError);
    expect(() => new ScaledSum().add('abc')).toThrow(RangeError);
  });
});
