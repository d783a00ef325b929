import { reject } from '../shared/domain-error.js';
import { mergeTitles } from '../shared/titles.js';
import { resolveEffectiveOn } from '../shared/dates.js';
import { changesOf } from '../shared/same-value.js';
import { definedOnly, requireReason } from '../shared/text.js';
import type { RetireIndicator, ReviseIndicator } from './activity.commands.js';
import type { ActivityEvent, RevisableIndicator } from './activity.events.js';
import { existing, notCancelled, requireFiniteNumber } from './activity.guards.js';
import type { ActivityIndicator, ActivityState } from './activity.state.js';

function indicatorOf(state: ActivityState, activityId: string, indicatorId: string): ActivityIndicator {
  const indicator = existing(state, activityId).indicators.find((i) => i.indicatorId === indicatorId);
  if (!indicator) reject('UNKNOWN_INDICATOR', `indicator ${indicatorId} is not defined on this activity`, 'indicatorId');
  return indicator;
}

/** Corrects names, unit, baseline or target, retired or not; a revision that changes nothing records nothing. */
export function reviseIndicator({ data }: ReviseIndicator, state: ActivityState): ActivityEvent[] {
  notCancelled(state, data.activityId);
  const indicator = indicatorOf(state, data.activityId, data.indicatorId);
  const reason = requireReason(data.reason);
  const proposed = definedOnly({ names: data.names && mergeTitles(indicator.names, data.names), unit: data.unit, baseline: data.baseline, target: data.target });
  if (Object.keys(proposed).length === 0) reject('AMENDMENT_EMPTY', 'name at least one field to revise', 'reason');
  if (proposed.baseline !== undefined) requireFiniteNumber(proposed.baseline, 'baseline');
  if (proposed.target !== undefined) requireFiniteNumber(proposed.target, 'target');
  const { names, unit, baseline, target } = indicator;
  const { before, after } = changesOf<RevisableIndicator>({ names, unit, baseline, target }, proposed);
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
      return indicators.map((i) => (i.indicatorId === event.data.indicatorId ? { ...i, ...event.data.after } : i));
    case 'IndicatorRetired':
      return indicators.map((i) => (i.indicatorId === event.data.indicatorId ? { ...i, retired: true } : i));
    default:
      return [...indicators];
  }
}
