import { placeLocations } from '../geography/place-location.js';
import { reject } from '../shared/domain-error.js';
import { requireDacPurposeCode } from '../shared/dac-purpose-codes.js';
import { requirePositiveMoney } from '../shared/money.js';
import { changesOf, withChanges } from '../shared/same-value.js';
import { mergeTitles } from '../shared/titles.js';
import { definedOnly, requireReason } from '../shared/text.js';
import type { AmendActivity } from './activity.commands.js';
import type { ActivityAmended, ActivityEvent, AmendableActivityDetails, RemovableActivityField } from './activity.events.js';
import { requireDistinctAgencies } from './activity-agencies.js';
import { existing } from './activity.guards.js';
import type { ActivityState } from './activity.state.js';

/**
 * Corrects an activity's details (titles, description, sector, objective, agencies, locations, tags, budget)
 * in any status: a mistake found after completion or cancellation is still a mistake. The objective
 * must be one of the activity's plan. null removes the description, the sector (the plan's default then
 * applies) or the budget. An amendment that changes nothing records nothing.
 */
export function amend({ data }: AmendActivity, state: ActivityState): ActivityEvent[] {
  const activity = existing(state, data.activityId);
  const reason = requireReason(data.reason);
  const { titles, description, sectorCode, objectiveId, leadAgencyId, partnerAgencyIds, locations, tags, budget, context } = data;
  // Titles name only the languages corrected; the others stay as stored.
  const merged = titles === undefined ? undefined : mergeTitles(activity.titles, titles);
  const proposed = definedOnly({ titles: merged, description, sectorCode, objectiveId, leadAgencyId, partnerAgencyIds, locations: locations === undefined ? undefined : placeLocations(locations), tags, budget });
  if (Object.keys(proposed).length === 0) reject('AMENDMENT_EMPTY', 'name at least one field to amend', 'reason');
  if (context.plan.planId !== activity.planId) reject('CONTEXT_MISMATCH', `context.plan is plan ${context.plan.planId}, not ${activity.planId}`, 'planId');
  if (objectiveId !== undefined && !context.plan.objectiveIds.includes(objectiveId)) {
    reject('OBJECTIVE_NOT_IN_PLAN', `objective ${objectiveId} is not an objective of plan ${activity.planId}`, 'objectiveId');
  }
  if (sectorCode !== undefined && sectorCode !== null) requireDacPurposeCode(sectorCode, 'sectorCode');
  // Checked when the agencies change (activities recorded before the rule keep theirs until then).
  if (leadAgencyId !== undefined || partnerAgencyIds !== undefined) requireDistinctAgencies(leadAgencyId ?? activity.leadAgencyId, partnerAgencyIds ?? activity.partnerAgencyIds);
  if (budget !== undefined && budget !== null) proposed.budget = requirePositiveMoney(budget, 'budget');
  const { before, after } = changesOf<AmendableActivityDetails, RemovableActivityField>(amendableOf(activity), proposed);
  if (Object.keys(after).length === 0) return [];
  return [{ type: 'ActivityAmended', data: { before, after, reason } }];
}

export function amendableOf(details: AmendableActivityDetails): AmendableActivityDetails {
  const { titles, description, sectorCode, objectiveId, leadAgencyId, partnerAgencyIds, locations, tags, budget } = details;
  return definedOnly({ titles, description, sectorCode, objectiveId, leadAgencyId, partnerAgencyIds, locations, tags, budget });
}

export function applyAmendment<T extends AmendableActivityDetails>(details: T, event: ActivityAmended): T {
  return withChanges(details, event.data.after);
}
