import { activityDecider } from '../activity/activity.decider.js';
import { aDefineIndicator, anActivityPlanned, aPlanActivity } from '../activity/activity.fixtures.js';
import { planDecider } from '../plan/plan.decider.js';
import { aDraftPlan, anAddObjective, aPlanDrafted } from '../plan/plan.fixtures.js';
import { resolveEffectiveOnFrom } from './dates.js';

const effectiveOnOf = (events: { data: object }[]) => events.map((e) => (e.data as { effectiveOn?: string }).effectiveOn);

/** The default business date of a record with dates of its own (README, "Back-filling: default dates"). */
describe('default business dates (back-filling)', () => {
  it('resolveEffectiveOnFrom: the own date, today when that is later, an explicit effectiveOn first', () => {
    expect(resolveEffectiveOnFrom({ today: '2026-12-02' }, '2016-03-01')).toBe('2016-03-01');
    expect(resolveEffectiveOnFrom({ today: '2016-03-01' }, '2019-01-01')).toBe('2016-03-01');
    expect(resolveEffectiveOnFrom({ today: '2026-12-02', effectiveOn: '2015-12-01' }, '2016-03-01')).toBe('2015-12-01');
    expect(() => resolveEffectiveOnFrom({ today: '2026-12-02', effectiveOn: '2027-01-01' }, '2016-03-01')).toThrow(expect.objectContaining({ code: 'DATE_IN_FUTURE' }));
    expect(() => resolveEffectiveOnFrom({ today: 'yesterday' }, '2016-03-01')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'today' }));
  });

  it('a plan and its objectives: the period start', () => {
    expect(effectiveOnOf(planDecider.decide(aDraftPlan({ today: '2026-12-02' }), planDecider.initialState()))).toEqual(['2015-01-01']);
    const drafted = planDecider.evolve(planDecider.initialState(), aPlanDrafted());
    expect(effectiveOnOf(planDecider.decide(anAddObjective({ today: '2026-12-02' }), drafted))).toEqual(['2015-01-01']);
    // Drafted before its period begins: today.
    expect(effectiveOnOf(planDecider.decide(aDraftPlan({ today: '2014-10-01' }), planDecider.initialState()))).toEqual(['2014-10-01']);
  });

  it('an activity and its indicators: the planned start', () => {
    expect(effectiveOnOf(activityDecider.decide(aPlanActivity({ today: '2026-12-02' }), activityDecider.initialState()))).toEqual(['2015-06-01']);
    const planned = activityDecider.evolve(activityDecider.initialState(), anActivityPlanned());
    expect(effectiveOnOf(activityDecider.decide(aDefineIndicator({ today: '2026-12-02' }), planned))).toEqual(['2015-06-01']);
    // Planned ahead of its start, and an indicator defined before then: today.
    expect(effectiveOnOf(activityDecider.decide(aPlanActivity({ today: '2015-02-01' }), activityDecider.initialState()))).toEqual(['2015-02-01']);
    expect(effectiveOnOf(activityDecider.decide(aDefineIndicator({ today: '2015-02-01' }), planned))).toEqual(['2015-02-01']);
  });

  it('an explicit effectiveOn is kept', () => {
    expect(effectiveOnOf(activityDecider.decide(aPlanActivity({ today: '2026-12-02', effectiveOn: '2015-03-01' }), activityDecider.initialState()))).toEqual(['2015-03-01']);
  });
});
