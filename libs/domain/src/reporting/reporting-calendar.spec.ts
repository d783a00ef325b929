import { InvalidValueError as DomainError } from '../shared/invalid-value.js';
import { checkCalendar } from './reporting-calendar.js';

describe('the reporting calendar (pure)', () => {
  it('refuses a report due before its period ends, an unknown frequency, or a due date more than a year on', () => {
    const refusal = (calendar: Parameters<typeof checkCalendar>[0]) => {
      try {
        checkCalendar(calendar);
      } catch (error) {
        return [(error as DomainError).code, (error as DomainError).field];
      }
      return undefined;
    };
    expect(refusal({ frequency: 'quarterly', dueDays: -5, approval: false })).toEqual(['DUE_BEFORE_PERIOD_ENDS', 'dueDays']);
    expect(refusal({ frequency: 'quarterly', dueDays: 1.5, approval: false })).toEqual(['DUE_BEFORE_PERIOD_ENDS', 'dueDays']);
    expect(refusal({ frequency: 'monthly' as never, dueDays: 5, approval: false })).toEqual(['INVALID_FREQUENCY', 'frequency']);
    expect(refusal({ frequency: 'yearly', dueDays: 400, approval: false })).toEqual(['DUE_TOO_LATE', 'dueDays']);
    expect(refusal({ frequency: 'yearly', dueDays: 60, approval: true })).toBeUndefined();
  });
});
