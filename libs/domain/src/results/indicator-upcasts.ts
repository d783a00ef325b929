import type { UpcastStep } from '../shared/upcasting.js';

/**
 * Version 6: indicators became a results framework. Before, an indicator had names, unit, baseline
 * and one target; it is read as a number that should increase, with no milestones and no
 * disaggregations. Revisions and reported values keep their shape (the new fields are optional there).
 */
export const INDICATOR_UPCAST_STEPS: readonly UpcastStep[] = [
  {
    type: 'IndicatorDefined',
    from: 5,
    upcast: (data) => ({ data: { type: 'number', targets: [], direction: 'increase', disaggregations: [], ...data } }),
  },
];
