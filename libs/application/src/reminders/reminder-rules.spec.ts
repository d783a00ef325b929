import { isoWeek, remindersDue, type DecisionDue, type Recipient } from './reminder-rules.js';

const person = (id: string, role: string, organizationId: string | null = null): Recipient => ({ id, email: `${id}@example.org`, displayName: id, language: 'en', role, organizationId });
const decision = (id: string, dueDate: string, responsibleAgencyIds = ['ms']): DecisionDue => ({ id, number: id, titles: { en: id }, dueDate, responsibleAgencyIds });
const people = [person('ms-focal', 'agency', 'ms'), person('ms-second', 'agency', 'ms'), person('mfa-focal', 'agency', 'mfa'), person('clerk', 'secretariat'), person('member', 'commission')];
const keys = (today: string, decisions: DecisionDue[], who = people) => remindersDue(today, decisions, who).map((r) => [r.recipient.id, r.reasons.map((x) => x.key)]);

describe('reminders due on a day (pure)', () => {
  it('gives the agency users a decision names its 30-day notice from 30 days before, its 7-day notice from 7 days before, and no one else', () => {
    const due = decision('d1', '2026-12-31');
    expect(keys('2026-11-30', [due])).toEqual([]);
    expect(keys('2026-12-01', [due])).toEqual([['ms-focal', ['decision:d1:due-in-30']], ['ms-second', ['decision:d1:due-in-30']]]);
    expect(keys('2026-12-20', [due])).toEqual([['ms-focal', ['decision:d1:due-in-30']], ['ms-second', ['decision:d1:due-in-30']]]);
    expect(keys('2026-12-24', [due])).toEqual([['ms-focal', ['decision:d1:due-in-7']], ['ms-second', ['decision:d1:due-in-7']]]);
    expect(keys('2026-12-31', [due], [people[0]])).toEqual([['ms-focal', ['decision:d1:due-in-7']]]);
  });

  it('once overdue, a notice for each week it stays overdue', () => {
    const late = decision('d2', '2026-11-20');
    expect(remindersDue('2026-11-21', [late], [people[0]])[0].reasons).toEqual([{ key: 'decision:d2:overdue-week-1', kind: 'decision_overdue', decision: late, daysLate: 1 }]);
    expect(keys('2026-11-27', [late], [people[0]])).toEqual([['ms-focal', ['decision:d2:overdue-week-1']]]);
    expect(keys('2026-11-28', [late], [people[0]])).toEqual([['ms-focal', ['decision:d2:overdue-week-2']]]);
  });

  it('gathers every reason of a day into one message per person', () => {
    const reminders = remindersDue('2026-12-01', [decision('d1', '2026-12-31'), decision('d3', '2026-12-08'), decision('d4', '2026-11-24', ['ms', 'mfa']), decision('d8', '2027-03-01')], people.slice(0, 3));
    expect(reminders.map((r) => [r.recipient.id, r.reasons.map((x) => x.key)])).toEqual([
      ['ms-focal', ['decision:d1:due-in-30', 'decision:d3:due-in-7', 'decision:d4:overdue-week-1']],
      ['ms-second', ['decision:d1:due-in-30', 'decision:d3:due-in-7', 'decision:d4:overdue-week-1']],
      ['mfa-focal', ['decision:d4:overdue-week-1']],
    ]);
  });

  it('sends the secretariat a digest of what is overdue, keyed by ISO week, only when something is', () => {
    const decisions = [decision('d5', '2026-11-02'), decision('d6', '2026-10-01'), decision('d7', '2027-01-31')];
    const clerk = remindersDue('2026-11-30', decisions, people).find((r) => r.recipient.id === 'clerk')!;
    expect(clerk.reasons).toEqual([{ key: 'digest:2026-W49', kind: 'weekly_digest', overdueDecisions: [decisions[1], decisions[0]], missingReports: [] }]);
    expect(remindersDue('2026-12-06', decisions, people).find((r) => r.recipient.id === 'clerk')!.reasons[0].key).toBe('digest:2026-W49');
    expect(remindersDue('2026-12-07', decisions, people).find((r) => r.recipient.id === 'clerk')!.reasons[0].key).toBe('digest:2026-W50');
    expect(remindersDue('2026-11-30', [decision('d7', '2027-01-31')], people).find((r) => r.recipient.id === 'clerk')).toBeUndefined();
    expect(remindersDue('2026-11-30', decisions, people).find((r) => r.recipient.id === 'member')).toBeUndefined();
  });

  it('reminds the lead and partner agencies’ users of a report due within 7 days, due today, then weekly overdue; the digest lists it', () => {
    const report = { activityId: 'a1', code: '2.1.2', titles: { en: 'Matching grants' }, agencyIds: ['mfa', 'ms'], periodStart: '2026-01-01', periodEnd: '2026-06-30', dueOn: '2026-07-30' };
    expect(keys('2026-07-22', [], people, )).toEqual([]);
    const at = (today: string) => remindersDue(today, [], people, [report]).map((r) => [r.recipient.id, r.reasons.map((x) => x.key)]);
    expect(at('2026-07-22')).toEqual([]);
    expect(at('2026-07-23')).toEqual([['ms-focal', ['report:a1:2026-06-30:due-in-7']], ['ms-second', ['report:a1:2026-06-30:due-in-7']], ['mfa-focal', ['report:a1:2026-06-30:due-in-7']]]);
    expect(at('2026-07-30')[0]).toEqual(['ms-focal', ['report:a1:2026-06-30:due-today']]);
    expect(at('2026-08-03')).toContainEqual(['clerk', ['digest:2026-W32']]);
    expect(at('2026-08-03')[0]).toEqual(['ms-focal', ['report:a1:2026-06-30:overdue-week-1']]);
    expect((remindersDue('2026-08-03', [], people, [report]).find((r) => r.recipient.id === 'clerk')!.reasons[0] as { missingReports: unknown[] }).missingReports).toEqual([report]);
  });

  it('numbers ISO weeks across the year boundary', () => {
    expect([isoWeek('2026-01-01'), isoWeek('2026-12-31'), isoWeek('2027-01-04'), isoWeek('2021-01-03')]).toEqual(['2026-W01', '2026-W53', '2027-W01', '2020-W53']);
  });
});
