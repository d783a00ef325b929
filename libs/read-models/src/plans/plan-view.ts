import { titleIn, type PlanChanges, type PlanEvent, type PlanStatus, type PlanTitle, type Titles, type ReportingCalendar } from '#domain';
import { documentProjection } from '../projector/document-projection.js';
import { searchText } from '../shared/search.js';
import { recodedView, type FormerCode } from '../shared/former-codes.js';
import { evolvePlanResults, type PlanResultsView } from '../results/results-view.js';

export interface ObjectiveView {
  objectiveId: string;
  code: string;
  /** The title in the first language stored (en, ru, tg); reads answer it in the language asked for. */
  title: string;
  titles: Titles;
  parentObjectiveId: string | null;
}

/** A revision as recorded: what it changed and why. */
export interface PlanRevisionView {
  revision: number;
  on: string;
  changes: PlanChanges;
  reason: string;
}

export interface PlanView extends PlanResultsView {
  id: string;
  code: string;
  /** The codes it had before corrections of it, oldest first; absent until one (its activities' former IATI identifiers are made of them). */
  formerCodes?: FormerCode[];
  title: PlanTitle;
  periodStart: string;
  periodEnd: string;
  predecessorPlanId: string | null;
  coordinatingBody: string | null;
  /** DAC purpose code of activities naming none; absent in views folded before it existed. */
  defaultSectorCode?: string | null;
  status: PlanStatus;
  adoptedOn: string | null;
  instrument: string | null;
  revisions: PlanRevisionView[];
  closedOn: string | null;
  closeReason: string | null;
  objectives: ObjectiveView[];
  /** The reporting calendar; absent until set. */
  reporting?: ReportingCalendar;
  revision: number;
}

/** Pure; corrections (amending titles, objectives…) get a case here. */
export function evolvePlanView(view: PlanView | null, event: PlanEvent, revision: number): PlanView | null {
  if (event.type === 'PlanDrafted') {
    const d = event.data;
    return {
      id: d.planId,
      code: d.code,
      title: d.title,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      predecessorPlanId: d.predecessorPlanId ?? null,
      coordinatingBody: d.coordinatingBody ?? null,
      defaultSectorCode: d.defaultSectorCode ?? null,
      status: 'draft',
      adoptedOn: null,
      instrument: null,
      revisions: [],
      closedOn: null,
      closeReason: null,
      objectives: [],
      disaggregations: [],
      objectiveIndicators: [],
      revision,
    };
  }
  if (!view) return null;
  const results = evolvePlanResults(view, event);
  if (results) return { ...view, ...results, revision };
  switch (event.type) {
    case 'ObjectiveAdded': {
      const { objectiveId, code, titles, parentObjectiveId } = event.data;
      return { ...view, revision, objectives: [...view.objectives, { objectiveId, code, title: titleIn(titles), titles, parentObjectiveId: parentObjectiveId ?? null }] };
    }
    case 'PlanAdopted':
      return { ...view, revision, status: 'adopted', adoptedOn: event.data.adoptedOn, instrument: event.data.instrument };
    case 'PlanRevised': {
      const { changes, reason, effectiveOn } = event.data;
      return { ...view, revision, ...changes, revisions: [...view.revisions, { revision, on: effectiveOn, changes, reason }] };
    }
    case 'PlanClosed':
      return { ...view, revision, status: 'closed', closedOn: event.data.closedOn, closeReason: event.data.reason ?? null };
    case 'PlanAmended':
      return { ...view, revision, ...event.data.after };
    case 'PlanRecoded':
      return { ...view, revision, ...recodedView(view, event) };
    case 'ObjectiveAmended':
      return { ...view, revision, objectives: view.objectives.map((o) => (o.objectiveId === event.data.objectiveId ? { ...o, ...withTitle(event.data.after) } : o)) };
    case 'ObjectiveRemoved':
      return { ...view, revision, objectives: view.objectives.filter((o) => o.objectiveId !== event.data.objectiveId) };
    case 'ReportingCalendarSet':
      return { ...view, revision, reporting: event.data.reporting };
    default:
      return { ...view, revision };
  }
}

/** A correction's fields, with `title` following `titles` when they change. */
function withTitle<T extends { titles?: Titles }>(after: T): T & { title?: string } {
  return after.titles ? { ...after, title: titleIn(after.titles) } : after;
}

export function planSearchText(view: PlanView): string {
  return searchText(view.code, view.title.en, view.title.ru, view.title.tg);
}

export const planProjection = documentProjection<PlanView, PlanEvent>({
  name: 'plans',
  table: 'plan_view',
  aggregate: 'plan',
  evolve: evolvePlanView,
  columns: [
    { name: 'code', type: 'text', value: (v) => v.code },
    { name: 'status', type: 'text', value: (v) => v.status },
    { name: 'predecessor_plan_id', type: 'uuid', value: (v) => v.predecessorPlanId },
    { name: 'search', type: 'text', value: planSearchText },
  ],
});
