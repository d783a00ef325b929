import { auditWindow, toUtcMicroseconds } from './audit-window.js';

describe('the audit query window', () => {
  it('takes a date alone as the end of that whole day (UTC), a moment as itself', () => {
    expect(auditWindow('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01T00:00:00.000000Z', before: '2026-02-01T00:00:00.000000Z' });
    expect(auditWindow(undefined, '2026-01-31T10:00:00+05:00')).toEqual({ from: undefined, to: '2026-01-31T05:00:00.000000Z' });
    expect(auditWindow()).toEqual({ from: undefined });
  });

  it('keeps the microseconds a JS Date would drop, in UTC whatever the zone written', () => {
    expect(toUtcMicroseconds('2026-01-01T00:00:02.2705Z')).toBe('2026-01-01T00:00:02.270500Z');
    expect(toUtcMicroseconds('2026-01-01T05:00:02.000001+05:00')).toBe('2026-01-01T00:00:02.000001Z');
    expect(toUtcMicroseconds('2026-01-01T00:30:02.9-01:00')).toBe('2026-01-01T01:30:02.900000Z');
    expect(toUtcMicroseconds('2026-01-01T00:00Z')).toBe('2026-01-01T00:00:00.000000Z');
    expect(toUtcMicroseconds('1900-01-01T00:00:00.123456Z')).toBe('1900-01-01T00:00:00.123456Z');
    // Half a millisecond apart: ordered as text, as the window compares them.
    expect(toUtcMicroseconds('2026-01-01T00:00:02.2705Z') > toUtcMicroseconds('2026-01-01T00:00:02.270Z')).toBe(true);
  });
});
