import { given, stateAfter } from '../shared/decider-spec.js';
import { InvalidValueError } from '../shared/invalid-value.js';
import { aPlanContext } from '../plan/plan.fixtures.js';
import { CATALOGUE } from '../results/results.fixtures.js';
import type { IndicatorRevised } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { aDefineIndicator, ACTIVITY_ID, anActivityProgressReported, anIndicatorDefined, aReportActivityProgress, INDICATOR_ID, inProgress } from './activity.fixtures.js';

const OBJECTIVE_INDICATOR_ID = '0a5e8f4e-2015-4c4e-9a31-0000000000c1';
const plan = aPlanContext({ disaggregations: CATALOGUE, objectiveIndicators: [{ indicatorId: OBJECTIVE_INDICATOR_ID, objectiveId: 'o', type: 'number' }] });
const context = { plan };
const byAgeAndSex = anIndicatorDefined({ disaggregations: ['sex', 'age', 'migrant_status'] });
const report = (categories: { dimension: string; category: string; value: number }[], value = 100) =>
  aReportActivityProgress({ indicatorValues: [{ indicatorId: INDICATOR_ID, value, categories }], context });

describe('activity decider: indicators as a results framework', () => {
  it('defines an indicator with type, milestones per year, direction, disaggregations and a roll-up', () => {
    const command = aDefineIndicator({
      type: 'number',
      baselineDate: '2015-01-01',
      target: undefined,
      targets: [{ year: 2016, value: 2000 }, { year: 2017, value: 5000 }],
      direction: 'increase',
      disaggregations: ['sex'],
      rollsUpTo: { objectiveIndicatorId: OBJECTIVE_INDICATOR_ID, method: 'sum' },
      context,
    });
    const defined = anIndicatorDefined({
      baselineDate: '2015-01-01',
      target: 5000,
      targets: [{ year: 2016, value: 2000 }, { year: 2017, value: 5000 }],
      disaggregations: ['sex'],
      rollsUpTo: { objectiveIndicatorId: OBJECTIVE_INDICATOR_ID, method: 'sum' },
    });
    given(activityDecider, inProgress()).when(command).then([defined]);
  });

  it('defaults to a number that should increase, without milestones or disaggregations', () => {
    given(activityDecider, inProgress()).when(aDefineIndicator()).then([anIndicatorDefined()]);
  });

  it('refuses a target year outside the plan (400), a dimension not in the catalogue, an unknown objective indicator', () => {
    const error = given(activityDecider, inProgress()).when(aDefineIndicator({ targets: [{ year: 2014, value: 1 }] })).thenThrows('TARGET_OUTSIDE_PLAN_PERIOD', 'targets[0].year');
    expect(error).toBeInstanceOf(InvalidValueError);
    given(activityDecider, inProgress()).when(aDefineIndicator({ disaggregations: ['country'], context })).thenThrows('UNKNOWN_DIMENSION', 'disaggregations[0]');
    given(activityDecider, inProgress())
      .when(aDefineIndicator({ rollsUpTo: { objectiveIndicatorId: ACTIVITY_ID, method: 'sum' }, context }))
      .thenThrows('UNKNOWN_OBJECTIVE_INDICATOR', 'rollsUpTo.objectiveIndicatorId');
  });

  it('rolls a sum up only from a number to a number, and "latest" only between the same types', () => {
    given(activityDecider, inProgress())
      .when(aDefineIndicator({ type: 'percentage', target: 80, rollsUpTo: { objectiveIndicatorId: OBJECTIVE_INDICATOR_ID, method: 'sum' }, context }))
      .thenThrows('ROLL_UP_TYPE_MISMATCH', 'rollsUpTo.method');
    given(activityDecider, inProgress())
      .when(aDefineIndicator({ type: 'yes_no', target: 1, rollsUpTo: { objectiveIndicatorId: OBJECTIVE_INDICATOR_ID, method: 'latest' }, context }))
      .thenThrows('ROLL_UP_TYPE_MISMATCH', 'rollsUpTo.method');
  });

  it('takes category values of the indicator’s dimensions that add up where the dimension is exhaustive', () => {
    const categories = [
      { dimension: 'sex', category: 'female', value: 60 },
      { dimension: 'sex', category: 'male', value: 40 },
      { dimension: 'age', category: 'child', value: 30 },
      { dimension: 'age', category: 'adult', value: 70 },
      { dimension: 'migrant_status', category: 'left_behind', value: 25 },
    ];
    given(activityDecider, [...inProgress(), byAgeAndSex]).when(report(categories)).then([anActivityProgressReported({ indicatorValues: [{ indicatorId: INDICATOR_ID, value: 100, categories }] })]);
  });

  it('refuses categories that do not add up, naming the field, with nothing recorded (400)', () => {
    const error = given(activityDecider, [...inProgress(), byAgeAndSex])
      .when(report([{ dimension: 'sex', category: 'female', value: 60 }, { dimension: 'sex', category: 'male', value: 30 }]))
      .thenThrows('CATEGORIES_DO_NOT_ADD_UP', 'indicatorValues[0].categories');
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error.message).toContain('90');
  });

  it('refuses a category not in the dimension, a dimension the indicator does not use, a category given twice', () => {
    given(activityDecider, [...inProgress(), byAgeAndSex]).when(report([{ dimension: 'sex', category: 'other', value: 100 }])).thenThrows('UNKNOWN_CATEGORY', 'indicatorValues[0].categories[0]');
    given(activityDecider, [...inProgress(), anIndicatorDefined({ disaggregations: ['sex'] })])
      .when(report([{ dimension: 'age', category: 'child', value: 100 }]))
      .thenThrows('DIMENSION_NOT_USED', 'indicatorValues[0].categories[0]');
    given(activityDecider, [...inProgress(), byAgeAndSex])
      .when(report([{ dimension: 'migrant_status', category: 'returnee', value: 5 }, { dimension: 'migrant_status', category: 'returnee', value: 5 }]))
      .thenThrows('DUPLICATE_CATEGORY', 'indicatorValues[0].categories[1]');
  });

  it('keeps reported values to the indicator’s type; percentages per category need not add up', () => {
    const rate = anIndicatorDefined({ type: 'percentage', target: 80, disaggregations: ['sex'] });
    given(activityDecider, [...inProgress(), rate]).when(report([], 101)).thenThrows('VALUE_OUT_OF_RANGE', 'indicatorValues[0].value');
    const categories = [{ dimension: 'sex', category: 'female', value: 70 }, { dimension: 'sex', category: 'male', value: 50 }];
    given(activityDecider, [...inProgress(), rate]).when(report(categories, 60)).then([anActivityProgressReported({ indicatorValues: [{ indicatorId: INDICATOR_ID, value: 60, categories }] })]);
    given(activityDecider, [...inProgress(), anIndicatorDefined({ type: 'yes_no', target: 1 })]).when(report([], 0.5)).thenThrows('VALUE_OUT_OF_RANGE', 'indicatorValues[0].value');
  });

  it('revises the new fields with a reason, checking the shape it leads to', () => {
    const revised: IndicatorRevised = {
      type: 'IndicatorRevised',
      data: { indicatorId: INDICATOR_ID, before: { direction: 'increase', targets: [] }, after: { direction: 'decrease', targets: [{ year: 2018, value: 10 }] }, reason: 'fewer is better' },
    };
    const revise = (fields: object) => ({ type: 'ReviseIndicator' as const, data: { activityId: ACTIVITY_ID, indicatorId: INDICATOR_ID, reason: 'fewer is better', context, ...fields } });
    given(activityDecider, [...inProgress(), anIndicatorDefined()]).when(revise({ direction: 'decrease', targets: [{ year: 2018, value: 10 }] })).then([revised]);
    const state = stateAfter(activityDecider, [...inProgress(), anIndicatorDefined(), revised]);
    expect(state.status === 'in_progress' && state.indicators[0]).toMatchObject({ direction: 'decrease', targets: [{ year: 2018, value: 10 }], target: 5000 });
    given(activityDecider, [...inProgress(), anIndicatorDefined()]).when(revise({ targets: [{ year: 2021, value: 1 }] })).thenThrows('TARGET_OUTSIDE_PLAN_PERIOD', 'targets[0].year');
    given(activityDecider, [...inProgress(), anIndicatorDefined()]).when(revise({ disaggregations: ['nationality'] })).thenThrows('UNKNOWN_DIMENSION', 'disaggregations[0]');
  });
});

describe('activity decider: a revision naming nothing of the definition', () => {
  it('is refused even when the command carries the clock', () => {
    const revise = { type: 'ReviseIndicator' as const, data: { activityId: ACTIVITY_ID, indicatorId: INDICATOR_ID, reason: 'r', context, today: '2016-03-01' } };
    given(activityDecider, [...inProgress(), anIndicatorDefined()]).when(revise).thenThrows('AMENDMENT_EMPTY');
  });
});
