import { reject } from '../shared/domain-error.js';
import { mergeTitles } from '../shared/titles.js';
import { resolveEffectiveOn } from '../shared/dates.js';
import { changesOf, withChanges } from '../shared/same-value.js';
import { definedOnly, requireReason } from '../shared/text.js';
import type { RetireIndicator, ReviseIndicator } from './activity.commands.js';
import type { ActivityEvent, RemovableIndicatorField, RevisableIndicator } from './activity.events.js';
import { existing, notCancelled } from './activity.guards.js';
import { requireIndicatorShape } from '../results/indicator-definition.js';
import { requireRollUp } from './activity-indicators.js';
import type { ActivityIndicator, ActivityState } from './activity.state.js';

function indicatorOf(state: ActivityState, activityId: string, indicatorId: string): ActivityIndicator {
  const indicator = existing(state, activityId).indicators.find((i) => i.indicatorId === indicatorId);
  if (!indicator) reject('UNKNOWN_INDICATOR', `indicator ${indicatorId} is not defined on this activity`, 'indicatorId');
  return indicator;
}

/**
 * Corrects any field of the definition, retired or not, with a reason; the shape it leads to obeys the
 * rules of a new one. null removes the baseline date or the roll-up (its values then feed no objective
 * indicator). A revision that changes nothing records nothing.
 */
export function reviseIndicator({ data }: ReviseIndicator, state: ActivityState): ActivityEvent[] {
  notCancelled(state, data.activityId);
  const indicator = indicatorOf(state, data.activityId, data.indicatorId);
  const reason = requireReason(data.reason);
  // Only the definition's fields: the application's clock and context are not revised.
  const { activityId: _a, indicatorId: _i, reason: _r, context, today: _t, ...fields } = data as typeof data & { today?: string };
  const proposed = definedOnly({ ...fields, names: fields.names && mergeTitles(indicator.names, fields.names) });
  if (Object.keys(proposed).length === 0) reject('AMENDMENT_EMPTY', 'name at least one field to revise', 'reason');
  const { indicatorId: _id, retired: _retired, ...current } = indicator;
  const revised = withChanges(current, proposed) as ActivityIndicator;
  requireIndicatorShape(revised, context.plan);
  requireRollUp(revised.rollsUpTo, revised.type, context.plan);
  const { before, after } = changesOf<RevisableIndicator, RemovableIndicatorField>(current as RevisableIndicator, proposed);
  if (Object.keys(after).length === 0) return [];
  return [{ type: 'IndicatorRevised', data: { indicatorId: data.indicatorId, before, after, reason } }];
}

/** Stops tracking an indicator; reports after it may not give it a value. */
export function retireIndicator({ data }: RetireIndicator, state: ActivityState): ActivityEvent[] {
  notCancelled(state, data.activityId);
  const indicator = indicatorOf(state, data.activityId, data.indicatorId);
  if (indicator.retired) reject('INDICATOR_RETIRED', `indicator ${data.indicatorId} is already retired`, 'indicatorId');
  const reason = requireReason(data.reason);
  return [{ type: 'IndicatorRetired', data: { indicatorId: data.indicatorId, reason, effectiveOn: resolveEffectiveOn(data) } }];
}

export function evolveIndicators(indicators: readonly ActivityIndicator[], event: ActivityEvent): ActivityIndicator[] {
  switch (event.type) {
    case 'IndicatorRevised':
      return indicators.map((i) => (i.indicatorId === event.data.indicatorId ? withChanges(i, event.data.after) : i));
    case 'IndicatorRetired':
      return indicators.map((i) => (i.indicatorId === event.data.indicatorId ? { ...i, retired: true } : i));
    default:
      return [...indicators];
  }
}
