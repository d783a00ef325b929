import { isIsoDate, resolveEffectiveOn } from './dates.js';
import { DomainError } from './domain-error.js';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    for (const bad of ['2015-02-29', '1900-02-29', '2015-04-31', '2015-13-01', '2015-00-10', '2015-1-1', '2015-01-01T00:00:00Z', '']) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('resolves effectiveOn: explicit, else today', () => {
    expect(resolveEffectiveOn({ today: '2016-03-01' })).toBe('2016-03-01');
    expect(resolveEffectiveOn({ today: '2016-03-01', effectiveOn: '2011-05-05' })).toBe('2011-05-05');
    expect(resolveEffectiveOn({ today: '2016-03-01' }, '2015-01-01')).toBe('2015-01-01');
  });

  it('refuses an effectiveOn in the future and a today that is not a date', () => {
    expect(() => resolveEffectiveOn({ today: '2016-03-01', effectiveOn: '2016-03-02' })).toThrow(DomainError);
    expect(() => resolveEffectiveOn({ today: '01/03/2016' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'today' }));
  });
});
