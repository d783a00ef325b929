import { given, stateAfter } from '../shared/decider-spec.js';
import { InvalidValueError } from '../shared/invalid-value.js';
import { SEX, MIGRANT_STATUS } from '../results/results.fixtures.js';
import type { AmendDisaggregation, DefineDisaggregation, DefineObjectiveIndicator, ReviseObjectiveIndicator } from './plan.commands.js';
import type { DisaggregationDefined, ObjectiveIndicatorDefined } from './plan.events.js';
import { planDecider } from './plan.decider.js';
import { aPlanClosed, aPlanDrafted, anObjectiveAdded, OBJECTIVE_ID, PLAN_ID, TODAY } from './plan.fixtures.js';
import { planContextOf } from './plan.state.js';

const INDICATOR_ID = '0a5e8f4e-2015-4c4e-9a31-0000000000c1';
const define = (fields: Partial<DefineDisaggregation['data']> = {}): DefineDisaggregation => ({ type: 'DefineDisaggregation', data: { planId: PLAN_ID, ...SEX, today: TODAY, ...fields } });
const defined = (dimension = SEX): DisaggregationDefined => ({ type: 'DisaggregationDefined', data: { ...dimension, effectiveOn: '2015-01-01' } });
const amend = (fields: Partial<AmendDisaggregation['data']>): AmendDisaggregation => ({ type: 'AmendDisaggregation', data: { planId: PLAN_ID, code: 'sex', reason: 'catalogue review', ...fields } });
const defineIndicator = (fields: Partial<DefineObjectiveIndicator['data']> = {}): DefineObjectiveIndicator => ({
  type: 'DefineObjectiveIndicator',
  data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, indicatorId: INDICATOR_ID, names: { en: 'Communities reached' }, unit: 'communities', baseline: 0, targets: [{ year: 2016, value: 200 }, { year: 2017, value: 500 }], disaggregations: ['sex'], today: TODAY, ...fields },
});
const indicatorDefined = (fields: Partial<ObjectiveIndicatorDefined['data']> = {}): ObjectiveIndicatorDefined => ({
  type: 'ObjectiveIndicatorDefined',
  data: {
    objectiveId: OBJECTIVE_ID,
    indicatorId: INDICATOR_ID,
    names: { en: 'Communities reached' },
    type: 'number',
    unit: 'communities',
    baseline: 0,
    target: 500,
    targets: [{ year: 2016, value: 200 }, { year: 2017, value: 500 }],
    direction: 'increase',
    disaggregations: ['sex'],
    effectiveOn: '2015-01-01',
    ...fields,
  },
});
const revise = (fields: Partial<ReviseObjectiveIndicator['data']>): ReviseObjectiveIndicator => ({ type: 'ReviseObjectiveIndicator', data: { planId: PLAN_ID, indicatorId: INDICATOR_ID, reason: 'baseline survey', ...fields } });
const withCatalogue = () => [aPlanDrafted(), anObjectiveAdded(), defined()];

describe('plan decider: the disaggregation catalogue', () => {
  it('defines a dimension with its categories, dated from the plan’s start; the context carries it', () => {
    given(planDecider, [aPlanDrafted()]).when(define()).then([defined()]);
    expect(planContextOf(stateAfter(planDecider, withCatalogue()))?.disaggregations).toEqual([{ code: 'sex', exhaustive: true, categories: ['female', 'male'] }]);
  });

  it('refuses a code already defined (409), no category or one given twice (400), a closed plan', () => {
    given(planDecider, withCatalogue()).when(define()).thenThrows('DIMENSION_ALREADY_DEFINED', 'code');
    expect(given(planDecider, [aPlanDrafted()]).when(define({ categories: [] })).thenThrows('CATEGORIES_REQUIRED', 'categories')).toBeInstanceOf(InvalidValueError);
    given(planDecider, [aPlanDrafted()]).when(define({ categories: [SEX.categories[0], SEX.categories[0]] })).thenThrows('DUPLICATE_CATEGORY', 'categories[1].code');
    given(planDecider, [aPlanDrafted(), aPlanClosed({ reason: 'abandoned' })]).when(define()).thenThrows('TERMINAL_STATE');
  });

  it('amends with a reason: adds categories and renames, keeping the categories not named', () => {
    const other = { code: 'other', names: { en: 'Other' } };
    given(planDecider, withCatalogue())
      .when(amend({ categories: [{ code: 'female', names: { ru: 'Женщины' } }, other] }))
      .then([
        {
          type: 'DisaggregationAmended',
          data: {
            code: 'sex',
            before: { categories: SEX.categories },
            after: { categories: [{ code: 'female', names: { en: 'Female', ru: 'Женщины' } }, SEX.categories[1], other] },
            reason: 'catalogue review',
          },
        },
      ]);
  });

  it('records nothing when nothing changes; refuses an unknown dimension and a blank reason', () => {
    given(planDecider, withCatalogue()).when(amend({ exhaustive: true })).then([]);
    given(planDecider, withCatalogue()).when(amend({ code: 'age', exhaustive: true })).thenThrows('UNKNOWN_DIMENSION', 'code');
    given(planDecider, withCatalogue()).when(amend({ exhaustive: false, reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
  });
});

describe('plan decider: objective indicators', () => {
  it('defines an indicator on an objective, with defaults and the final target from the last milestone', () => {
    given(planDecider, withCatalogue()).when(defineIndicator()).then([indicatorDefined()]);
    expect(planContextOf(stateAfter(planDecider, [...withCatalogue(), indicatorDefined()]))?.objectiveIndicators).toEqual([{ indicatorId: INDICATOR_ID, objectiveId: OBJECTIVE_ID, type: 'number' }]);
  });

  it('refuses a target year outside the plan’s period, with the field (400)', () => {
    const error = given(planDecider, withCatalogue()).when(defineIndicator({ targets: [{ year: 2016, value: 1 }, { year: 2021, value: 2 }] })).thenThrows('TARGET_OUTSIDE_PLAN_PERIOD', 'targets[1].year');
    expect(error).toBeInstanceOf(InvalidValueError);
    given(planDecider, withCatalogue())
      .when(defineIndicator({ targets: [{ periodStart: '2014-07-01', periodEnd: '2015-06-30', value: 1 }] }))
      .thenThrows('TARGET_OUTSIDE_PLAN_PERIOD', 'targets[0]');
  });

  it('refuses mixed or repeated milestones, no target at all, a dimension not in the catalogue', () => {
    given(planDecider, withCatalogue()).when(defineIndicator({ targets: [{ year: 2016, value: 1 }, { periodStart: '2017-01-01', periodEnd: '2017-06-30', value: 2 }] })).thenThrows('TARGETS_MIXED', 'targets');
    given(planDecider, withCatalogue()).when(defineIndicator({ targets: [{ year: 2016, value: 1 }, { year: 2016, value: 2 }] })).thenThrows('DUPLICATE_TARGET', 'targets[1]');
    given(planDecider, withCatalogue()).when(defineIndicator({ targets: [] })).thenThrows('TARGET_REQUIRED', 'target');
    given(planDecider, withCatalogue()).when(defineIndicator({ disaggregations: ['sex', 'migrant_status'] })).thenThrows('UNKNOWN_DIMENSION', 'disaggregations[1]');
    given(planDecider, [...withCatalogue(), defined(MIGRANT_STATUS)]).when(defineIndicator({ disaggregations: ['sex', 'sex'] })).thenThrows('DUPLICATE_DIMENSION', 'disaggregations[1]');
  });

  it('keeps percentages within 0..100 and yes/no to 0 or 1', () => {
    given(planDecider, withCatalogue()).when(defineIndicator({ type: 'percentage', target: 50, targets: [{ year: 2016, value: 120 }] })).thenThrows('VALUE_OUT_OF_RANGE', 'targets[0].value');
    given(planDecider, withCatalogue()).when(defineIndicator({ type: 'yes_no', baseline: 0, target: 2, targets: [] })).thenThrows('VALUE_OUT_OF_RANGE', 'target');
  });

  it('refuses an objective the plan does not have and an indicator id already used', () => {
    given(planDecider, withCatalogue()).when(defineIndicator({ objectiveId: PLAN_ID })).thenThrows('OBJECTIVE_NOT_IN_PLAN', 'objectiveId');
    given(planDecider, [...withCatalogue(), indicatorDefined()]).when(defineIndicator()).thenThrows('INDICATOR_ALREADY_DEFINED', 'indicatorId');
  });

  it('revises with a reason, only what changes, checking the shape it leads to', () => {
    given(planDecider, [...withCatalogue(), indicatorDefined()])
      .when(revise({ baseline: 40, baselineDate: '2015-12-31', unit: 'communities' }))
      .then([{ type: 'ObjectiveIndicatorRevised', data: { indicatorId: INDICATOR_ID, before: { baseline: 0 }, after: { baseline: 40, baselineDate: '2015-12-31' }, reason: 'baseline survey' } }]);
    given(planDecider, [...withCatalogue(), indicatorDefined()]).when(revise({ type: 'percentage' })).thenThrows('VALUE_OUT_OF_RANGE', 'target');
    given(planDecider, [...withCatalogue(), indicatorDefined()]).when(revise({ targets: [{ year: 2030, value: 1 }] })).thenThrows('TARGET_OUTSIDE_PLAN_PERIOD', 'targets[0].year');
    given(planDecider, withCatalogue()).when(revise({ baseline: 1 })).thenThrows('UNKNOWN_INDICATOR', 'indicatorId');
    // The application's clock rides along; it is no field of the definition.
    given(planDecider, [...withCatalogue(), indicatorDefined()]).when(revise({ today: TODAY } as object)).thenThrows('AMENDMENT_EMPTY');
  });

  it('removes the baseline date with null; removing it again records nothing', () => {
    const revised = { type: 'ObjectiveIndicatorRevised' as const, data: { indicatorId: INDICATOR_ID, before: { baselineDate: '2015-01-01' }, after: { baselineDate: null }, reason: 'baseline survey' } };
    const state = given(planDecider, [...withCatalogue(), indicatorDefined({ baselineDate: '2015-01-01' })]).when(revise({ baselineDate: null })).then([revised]);
    expect(state.status !== 'none' && state.objectiveIndicators[0]).not.toHaveProperty('baselineDate');
    given(planDecider, [...withCatalogue(), indicatorDefined({ baselineDate: '2015-01-01' }), revised]).when(revise({ baselineDate: null })).then([]);
  });

  it('keeps an objective with indicators from being removed', () => {
    given(planDecider, [...withCatalogue(), indicatorDefined()])
      .when({ type: 'RemoveObjective', data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, reason: 'typo', context: { activityCount: 0 } } })
      .thenThrows('OBJECTIVE_HAS_INDICATORS', 'objectiveId');
  });
});
