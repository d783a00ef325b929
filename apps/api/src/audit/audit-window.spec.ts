import { auditWindow } from './audit-window.js';

describe('the audit query window', () => {
  it('takes a date alone as the end of that whole day (UTC), a moment as itself', () => {
    expect(auditWindow('2026-01-01', '2026-01-31')).toEqual({ from: new Date('2026-01-01T00:00:00Z'), before: new Date('2026-02-01T00:00:00Z') });
    expect(auditWindow(undefined, '2026-01-31T10:00:00+05:00')).toEqual({ from: undefined, to: new Date('2026-01-31T05:00:00Z') });
    expect(auditWindow()).toEqual({ from: undefined });
  });
});
