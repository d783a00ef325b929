import { requireDacPurposeCode } from '../shared/dac-purpose-codes.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { reject } from '../shared/domain-error.js';
import { requireDates, requirePastFact, resolveEffectiveOn, resolveEffectiveOnFrom } from '../shared/dates.js';
import { mergeTitles } from '../shared/titles.js';
import { definedOnly, isBlank, requireReason } from '../shared/text.js';
import { withChanges } from '../shared/same-value.js';
import type { AddObjective, AdoptPlan, ClosePlan, DraftPlan, PlanCommand, RevisePlan, SetReportingCalendar } from './plan.commands.js';
import { checkCalendar } from '../reporting/reporting-calendar.js';
import type { PlanChanges, PlanEvent, PlanTitle } from './plan.events.js';
import type { PlanState } from './plan.state.js';
import { amendObjective, amendPlan, evolveObjectives, removeObjective } from './plan-corrections.js';
import { recodePlan } from './plan-recoding.js';
import { amendDisaggregation, defineDisaggregation, defineObjectiveIndicator, evolveResults, reviseObjectiveIndicator } from './plan-results.js';

type ExistingPlan = Exclude<PlanState, { status: 'none' }>;
type OpenPlan = Exclude<ExistingPlan, { status: 'closed' }>;

function existing(state: PlanState, planId: string): ExistingPlan {
  if (state.status === 'none') reject('PLAN_NOT_FOUND', `plan ${planId} does not exist`);
  return state;
}

/** Closed is terminal: nothing changes a closed plan any more. */
function open(state: PlanState, planId: string): OpenPlan {
  const plan = existing(state, planId);
  if (plan.status === 'closed') reject('TERMINAL_STATE', `plan ${planId} is closed`);
  return plan;
}

function requirePeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart) reject('PERIOD_END_BEFORE_START', `periodEnd ${periodEnd} is before periodStart ${periodStart}`, 'periodEnd');
}

function draft({ data }: DraftPlan, state: PlanState): PlanEvent[] {
  if (state.status !== 'none') reject('PLAN_ALREADY_EXISTS', `plan ${data.planId} already exists`);
  requireDates({ periodStart: data.periodStart, periodEnd: data.periodEnd });
  requirePeriod(data.periodStart, data.periodEnd);
  if (data.predecessorPlanId === data.planId) reject('PLAN_CANNOT_SUCCEED_ITSELF', 'a plan cannot be its own predecessor', 'predecessorPlanId');
  if (data.defaultSectorCode !== undefined) requireDacPurposeCode(data.defaultSectorCode, 'defaultSectorCode');
  const effectiveOn = resolveEffectiveOnFrom(data, data.periodStart);
  const { planId, code, title, periodStart, periodEnd, predecessorPlanId, coordinatingBody, defaultSectorCode } = data;
  return [{ type: 'PlanDrafted', data: definedOnly({ planId, code, title, periodStart, periodEnd, predecessorPlanId, coordinatingBody, defaultSectorCode, effectiveOn }) }];
}

/** Objectives may be added to a draft or an adopted plan (plans get amended), never to a closed one. */
function addObjective({ data }: AddObjective, state: PlanState): PlanEvent[] {
  const plan = open(state, data.planId);
  if (plan.objectives.some((o) => o.objectiveId === data.objectiveId)) {
    reject('OBJECTIVE_ALREADY_EXISTS', `objective ${data.objectiveId} already exists in the plan`, 'objectiveId');
  }
  if (plan.objectives.some((o) => o.code === data.code)) reject('OBJECTIVE_CODE_TAKEN', `objective code ${data.code} is already used in the plan`, 'code');
  if (data.parentObjectiveId !== undefined && !plan.objectives.some((o) => o.objectiveId === data.parentObjectiveId)) {
    reject('PARENT_OBJECTIVE_NOT_FOUND', `parent objective ${data.parentObjectiveId} is not in the plan`, 'parentObjectiveId');
  }
  // Dated like a plan drafted without effectiveOn, so a back-filled plan shows its objectives.
  const effectiveOn = resolveEffectiveOnFrom(data, plan.periodStart);
  const { objectiveId, code, titles, parentObjectiveId } = data;
  return [{ type: 'ObjectiveAdded', data: definedOnly({ objectiveId, code, titles: mergeTitles({}, titles), parentObjectiveId, effectiveOn }) }];
}

/**
 * Adopt only a draft. Adoption may precede the period (the usual case) or fall inside it (a plan
 * adopted late), but not after its end: a plan adopted once it is over is a data error.
 */
function adopt({ data }: AdoptPlan, state: PlanState): PlanEvent[] {
  const plan = open(state, data.planId);
  if (plan.status === 'adopted') reject('PLAN_ALREADY_ADOPTED', `plan ${data.planId} was already adopted on ${plan.adoptedOn}`);
  const adoptedOn = requirePastFact(data.adoptedOn, data.today, 'adoptedOn');
  if (adoptedOn > plan.periodEnd) reject('ADOPTION_AFTER_PLAN_PERIOD', `adoptedOn ${adoptedOn} is after the plan period ends (${plan.periodEnd})`, 'adoptedOn');
  if (isBlank(data.instrument)) reject('INSTRUMENT_REQUIRED', 'instrument (the adopting act) is required', 'instrument');
  return [{ type: 'PlanAdopted', data: { adoptedOn, instrument: data.instrument, effectiveOn: adoptedOn } }];
}

function sameTitle(a: PlanTitle, b: PlanTitle): boolean {
  return a.en === b.en && a.ru === b.ru && a.tg === b.tg;
}

/** A revision records only what actually changes, and always why. */
function revise({ data }: RevisePlan, state: PlanState): PlanEvent[] {
  const plan = open(state, data.planId);
  const reason = requireReason(data.reason);
  const { title, periodStart, periodEnd, coordinatingBody } = data.changes;
  requireDates({ 'changes.periodStart': periodStart, 'changes.periodEnd': periodEnd });
  const changes: PlanChanges = definedOnly({
    title: title !== undefined && !sameTitle(title, plan.title) ? title : undefined,
    periodStart: periodStart !== plan.periodStart ? periodStart : undefined,
    periodEnd: periodEnd !== plan.periodEnd ? periodEnd : undefined,
    coordinatingBody: coordinatingBody !== plan.coordinatingBody ? coordinatingBody : undefined,
  });
  if (Object.keys(changes).length === 0) reject('PLAN_REVISION_EMPTY', 'the revision changes nothing', 'changes');
  const newStart = changes.periodStart ?? plan.periodStart;
  const newEnd = changes.periodEnd ?? plan.periodEnd;
  requirePeriod(newStart, newEnd);
  if (plan.status === 'adopted' && plan.adoptedOn > newEnd) {
    reject('PLAN_PERIOD_EXCLUDES_ADOPTION', `the plan was adopted on ${plan.adoptedOn}, after the revised period end ${newEnd}`, 'changes.periodEnd');
  }
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'PlanRevised', data: { changes, reason, effectiveOn } }];
}

/** A draft that is abandoned can be closed too, but then the reason is required. */
function close({ data }: ClosePlan, state: PlanState): PlanEvent[] {
  const plan = open(state, data.planId);
  const closedOn = requirePastFact(data.closedOn, data.today, 'closedOn');
  if (plan.status === 'adopted' && closedOn < plan.adoptedOn) {
    reject('CLOSED_BEFORE_ADOPTION', `closedOn ${closedOn} is before the plan was adopted (${plan.adoptedOn})`, 'closedOn');
  }
  if (plan.status === 'draft') requireReason(data.reason);
  return [{ type: 'PlanClosed', data: definedOnly({ closedOn, reason: data.reason, effectiveOn: closedOn }) }];
}

/** Sets the reporting calendar; replacing a different one needs a reason, the same one appends nothing. */
function setReportingCalendar({ data }: SetReportingCalendar, state: PlanState): PlanEvent[] {
  const plan = open(state, data.planId);
  const reporting = checkCalendar({ frequency: data.frequency, dueDays: data.dueDays, approval: data.approval });
  if (plan.reporting && JSON.stringify(plan.reporting) === JSON.stringify(reporting)) return [];
  if (plan.reporting) requireReason(data.reason);
  // Dated like an objective: a back-filled plan's calendar applies from its start unless a date is given.
  return [{ type: 'ReportingCalendarSet', data: definedOnly({ reporting, reason: data.reason, effectiveOn: resolveEffectiveOnFrom(data, plan.periodStart) }) }];
}

export const planDecider: Decider<PlanState, PlanCommand, PlanEvent> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    switch (command.type) {
      case 'DraftPlan':
        return draft(command, state);
      case 'AddObjective':
        return addObjective(command, state);
      case 'AdoptPlan':
        return adopt(command, state);
      case 'RevisePlan':
        return revise(command, state);
      case 'ClosePlan':
        return close(command, state);
      case 'AmendPlan':
        return amendPlan(command, state);
      case 'AmendObjective':
        return amendObjective(command, state);
      case 'RecodePlan':
        return recodePlan(command, state);
      case 'RemoveObjective':
        return removeObjective(command, state);
      case 'DefineDisaggregation':
        return defineDisaggregation(command, state);
      case 'AmendDisaggregation':
        return amendDisaggregation(command, state);
      case 'DefineObjectiveIndicator':
        return defineObjectiveIndicator(command, state);
      case 'ReviseObjectiveIndicator':
        return reviseObjectiveIndicator(command, state);
      case 'SetReportingCalendar':
        return setReportingCalendar(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    if (event.type === 'PlanDrafted') {
      const { planId, code, title, periodStart, periodEnd, predecessorPlanId, coordinatingBody, defaultSectorCode } = event.data;
      return {
        status: 'draft',
        ...definedOnly({ planId, code, title, periodStart, periodEnd, predecessorPlanId, coordinatingBody, defaultSectorCode }),
        objectives: [],
        disaggregations: [],
        objectiveIndicators: [],
      };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'ObjectiveAdded': {
        const { objectiveId, code, titles, parentObjectiveId } = event.data;
        return { ...state, objectives: [...state.objectives, definedOnly({ objectiveId, code, titles, parentObjectiveId })] };
      }
      case 'PlanAdopted':
        return { ...state, status: 'adopted', adoptedOn: event.data.adoptedOn, instrument: event.data.instrument };
      case 'PlanRevised':
        return { ...state, ...event.data.changes };
      case 'PlanAmended':
        return withChanges(state, event.data.after);
      case 'PlanRecoded':
        return { ...state, ...event.data.after };
      case 'ObjectiveAmended':
      case 'ObjectiveRemoved':
        return { ...state, objectives: evolveObjectives(state.objectives, event) };
      case 'DisaggregationDefined':
      case 'DisaggregationAmended':
      case 'ObjectiveIndicatorDefined':
      case 'ObjectiveIndicatorRevised':
        return { ...state, ...evolveResults(state, event) };
      case 'ReportingCalendarSet':
        return { ...state, reporting: event.data.reporting };
      case 'PlanClosed': {
        const adoptedOn = state.status === 'draft' ? undefined : state.adoptedOn;
        const { planId, code, title, periodStart, periodEnd, predecessorPlanId, coordinatingBody, defaultSectorCode, reporting, objectives, disaggregations, objectiveIndicators } = state;
        // The calendar stays: a late report on one of its activities still waits for approval where it did.
        return {
          status: 'closed',
          ...definedOnly({ planId, code, title, periodStart, periodEnd, predecessorPlanId, coordinatingBody, defaultSectorCode, reporting, adoptedOn }),
          objectives,
          disaggregations,
          objectiveIndicators,
          closedOn: event.data.closedOn,
        };
      }
      default:
        return assertNever(event);
    }
  },
};
