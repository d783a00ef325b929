import type { UpcastStep } from '../shared/upcasting.js';

type Data = Record<string, unknown>;

function withoutObjective(side: unknown): unknown {
  if (typeof side !== 'object' || side === null) return side;
  const { objectiveId: _o, ...rest } = side as Data;
  return rest;
}

/**
 * Version 9: a revision of an objective indicator records only the indicator's own fields. Before, it
 * also listed the objective the request's path named (always the indicator's own: an indicator was
 * never moved between objectives) as a change, with nothing before it.
 */
export const INDICATOR_REVISION_UPCAST_STEPS: readonly UpcastStep[] = [
  {
    type: 'ObjectiveIndicatorRevised',
    from: 8,
    upcast: (data) => ({ data: { ...data, before: withoutObjective(data.before), after: withoutObjective(data.after) } }),
  },
];
