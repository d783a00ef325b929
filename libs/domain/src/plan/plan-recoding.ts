import { reject } from '../shared/domain-error.js';
import { recodingOf } from '../shared/recoding.js';
import type { RecodePlan } from './plan.commands.js';
import type { PlanEvent } from './plan.events.js';
import type { PlanState } from './plan.state.js';

/** The code is a record-keeping fact: correctable in any status, adopted and closed included. */
export function recodePlan({ data }: RecodePlan, state: PlanState): PlanEvent[] {
  if (state.status === 'none') reject('PLAN_NOT_FOUND', `plan ${data.planId} does not exist`);
  const recoding = recodingOf(state.code, data.code, data.reason);
  return recoding ? [{ type: 'PlanRecoded', data: recoding }] : [];
}
