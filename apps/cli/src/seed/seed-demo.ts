import type { Command, CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import {
  AddObjectiveCommand,
  AdoptPlanCommand,
  SetReportingCalendarCommand,
  ChangeActivityCommand,
  ChangeDecisionCommand,
  ChangeRecommendationCommand,
  ChangePlanResultsCommand,
  ClosePlanCommand,
  DraftPlanCommand,
  PlanActivityCommand,
  RecordCommissionSessionHeldCommand,
  RecordDecisionCommand,
  RegisterOrganizationCommand,
  RevisePlanCommand,
  ScheduleCommissionSessionCommand,
  RecordMeetingCommand,
  SubmitRecommendationCommand,
  type Actor,
  type ActivityChange,
  type CommandEnvelope,
  type DecisionChange,
  type RecommendationChange,
  type WriteResult,
} from '#application';
import { ACTIVITIES } from './demo-activities.data.js';
import { COMMISSION } from './demo-commission.data.js';
import { activityKey, type DemoActivity, type DemoIndicatorDefinition, type DemoStep, type DemoValue } from './demo-data.types.js';
import { DIMENSIONS, OBJECTIVE_INDICATORS, RESULT_INDICATORS } from './demo-results.data.js';
import { ORGANIZATIONS, PLANS } from './demo-plans.data.js';

/** Who the demo data is recorded as. */
export const SEED_ACTOR: Actor = { id: 'seed', name: 'Demo data', role: 'system', organizationId: null };

// Fixed: the command ids (and so every created id) derive from it; changing it would record everything again.
const SEED_NAMESPACE = '3b1f6a0e-6c7d-4e55-9a51-5d0c1f2b7e94';

/** The command id of one seeded record or change: the same on every run, so a re-run appends nothing. */
export function seedCommandId(key: string): string {
  return uuidv5(`seed/${key}`, SEED_NAMESPACE);
}

export interface SeedSummary {
  commands: number;
  organizations: Record<string, string>;
  plans: Record<string, string>;
  activities: Record<string, string>;
  sessions: Record<string, string>;
  decisions: Record<string, string>;
  meetings: Record<string, string>;
  recommendations: Record<string, string>;
}

/**
 * Records the worked example through the command bus — the same handlers, rules and metadata as the
 * API — with back-dated business dates and stable command ids. Running it again changes nothing.
 */
export async function seedDemo(commands: CommandBus, today = new Date()): Promise<SeedSummary> {
  const summary: SeedSummary = { commands: 0, organizations: {}, plans: {}, activities: {}, sessions: {}, decisions: {}, meetings: {}, recommendations: {} };
  const objectives: Record<string, string> = {};
  const indicators: Record<string, string> = {};
  /** Indicators of the results framework, by `<plan>/<key>` (objectives') and `<activity key>/<key>`. */
  const results: Record<string, string> = {};

  const send = <R extends WriteResult>(key: string, command: (envelope: CommandEnvelope) => Command<R>): Promise<R> => {
    const commandId = seedCommandId(key);
    const envelope: CommandEnvelope = {
      commandId,
      correlationId: 'seed/demo',
      causationId: commandId,
      actor: SEED_ACTOR,
      today: today.toISOString().slice(0, 10),
      recordedAt: new Date(),
    };
    summary.commands++;
    return commands.execute(command(envelope));
  };
  const org = (key: string) => required(summary.organizations, key, 'organisation');
  const activityChange = (key: string, activity: string, change: ActivityChange) =>
    send<WriteResult & { indicatorId?: string }>(`activity/${activity}/${key}`, (e) => new ChangeActivityCommand(summary.activities[activity], change, e));

  for (const o of ORGANIZATIONS) {
    const { id } = await send(`organization/${o.key}`, (e) =>
      new RegisterOrganizationCommand({ name: o.name, acronym: o.acronym, kind: o.kind, country: o.country, effectiveOn: o.registeredOn, ...(o.iatiIdentifier ? { iatiIdentifier: o.iatiIdentifier } : {}) }, e),
    );
    summary.organizations[o.key] = id;
  }

  for (const plan of PLANS) {
    const predecessorPlanId = plan.predecessor ? required(summary.plans, plan.predecessor, 'plan') : undefined;
    const { id: planId } = await send(`plan/${plan.key}`, (e) =>
      new DraftPlanCommand(
        { code: plan.code, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd, predecessorPlanId, coordinatingBody: plan.coordinatingBody, effectiveOn: plan.draftedOn },
        e,
      ),
    );
    summary.plans[plan.key] = planId;
    for (const objective of plan.objectives) {
      const parentObjectiveId = objective.parent ? required(objectives, `${plan.key}/${objective.parent}`, 'objective') : undefined;
      const result = await send<WriteResult & { objectiveId: string }>(`plan/${plan.key}/objective/${objective.code}`, (e) =>
        new AddObjectiveCommand(planId, { code: objective.code, titles: { en: objective.title, ...objective.titleTranslations }, parentObjectiveId, effectiveOn: plan.draftedOn }, e),
      );
      objectives[`${plan.key}/${objective.code}`] = result.objectiveId;
    }
    await send(`plan/${plan.key}/adopt`, (e) => new AdoptPlanCommand(planId, { adoptedOn: plan.adopted.on, instrument: plan.adopted.instrument }, e));
    // The 2015–2020 plan's agencies report once a year, within 60 days of its end.
    if (plan.key === '2015') await send(`plan/${plan.key}/reporting-calendar`, (e) => new SetReportingCalendarCommand(planId, { frequency: 'yearly', dueDays: 60, approval: false, effectiveOn: plan.draftedOn }, e));
    await seedResultsFramework(plan.key, planId, plan.draftedOn);
  }

  for (const activity of ACTIVITIES) await seedActivity(activity);
  // From 2017 the demo plan's reports wait for the secretariat's approval (issue 11); those before counted once posted.
  await send('plan/2015/reporting-calendar/approval', (e) =>
    new SetReportingCalendarCommand(summary.plans['2015'], { frequency: 'yearly', dueDays: 60, approval: true, reason: 'the commission asked that the secretariat approve each report before it counts', effectiveOn: '2017-01-01' }, e),
  );

  for (const plan of PLANS) {
    const planId = summary.plans[plan.key];
    for (const [n, revision] of (plan.revisions ?? []).entries()) {
      await send(`plan/${plan.key}/revision/${n + 1}`, (e) => new RevisePlanCommand(planId, { changes: revision.changes, reason: revision.reason, effectiveOn: revision.on }, e));
    }
    if (plan.closed) await send(`plan/${plan.key}/close`, (e) => new ClosePlanCommand(planId, { closedOn: plan.closed!.on, reason: plan.closed!.reason }, e));
  }

  for (const step of COMMISSION) await seedStep(step);
  return summary;

  async function seedActivity(a: DemoActivity) {
    const key = activityKey(a);
    const { id } = await send(`activity/${key}`, (e) =>
      new PlanActivityCommand(
        {
          planId: required(summary.plans, a.plan, 'plan'),
          objectiveId: required(objectives, `${a.plan}/${a.objective}`, 'objective'),
          code: a.code,
          titles: { en: a.title, ...a.titleTranslations },
          leadAgencyId: org(a.lead),
          partnerAgencyIds: a.partners.map(org),
          plannedStart: a.plannedStart,
          plannedEnd: a.plannedEnd,
          locations: a.locations,
          tags: { sdg: a.sdg, gcm: a.gcm },
          budget: a.budget,
          effectiveOn: a.plannedStart < '2015-01-01' ? '2011-03-15' : '2015-03-20',
        },
        e,
      ),
    );
    summary.activities[key] = id;
    const c = a.course;
    if (c.indicator) {
      const { name, unit, baseline, target } = c.indicator;
      const result = await activityChange('indicator', key, { type: 'DefineIndicator', body: { names: { en: name }, unit, baseline, target, effectiveOn: a.plannedStart } });
      indicators[key] = result.indicatorId!;
    }
    for (const r of RESULT_INDICATORS[key] ?? []) {
      const rollsUpTo = r.rollsUpTo && { objectiveIndicatorId: required(results, `${a.plan}/${r.rollsUpTo.indicator}`, 'objective indicator'), method: r.rollsUpTo.method };
      const result = await activityChange(`result/${r.key}`, key, { type: 'DefineIndicator', body: { ...definitionOf(r), rollsUpTo, effectiveOn: a.plannedStart } });
      results[`${key}/${r.key}`] = result.indicatorId!;
    }
    for (const f of c.funding ?? []) {
      const money = { amount: f.committed.amount, currency: f.currency };
      await activityChange(`commit/${f.donor}/${f.currency}`, key, {
        type: 'CommitFunds',
        body: { donorId: org(f.donor), money, committedOn: f.committed.on, reference: f.committed.reference },
      });
      for (const [n, d] of f.disbursed.entries()) {
        await activityChange(`disburse/${f.donor}/${f.currency}/${n + 1}`, key, {
          type: 'DisburseFunds',
          body: { donorId: org(f.donor), money: { amount: d.amount, currency: f.currency }, disbursedOn: d.on },
        });
      }
    }
    if (c.startedOn) await activityChange('start', key, { type: 'StartActivity', body: { startedOn: c.startedOn } });
    let periodStart = c.startedOn ?? a.plannedStart;
    for (const [n, [periodEnd, percentComplete, narrative]] of (c.reports ?? []).entries()) {
      const value = c.indicator?.values[n];
      await activityChange(`report/${n + 1}`, key, {
        type: 'ReportActivityProgress',
        body: {
          periodStart,
          periodEnd,
          percentComplete,
          narrative: narrative ?? `Progress to ${periodEnd}`,
          indicatorValues: [...(value === undefined ? [] : [{ indicatorId: indicators[key], value }]), ...resultValues(key, n)],
          evidence: [],
        },
      });
      periodStart = dayAfter(periodEnd);
    }
    if (c.rescheduled) {
      const { plannedEnd, reason, on } = c.rescheduled;
      await activityChange('reschedule', key, { type: 'RescheduleActivity', body: { plannedEnd, reason, effectiveOn: on } });
    }
    if (c.suspended) await activityChange('suspend', key, { type: 'SuspendActivity', body: { reason: c.suspended.reason, effectiveOn: c.suspended.on } });
    if (c.completedOn) await activityChange('complete', key, { type: 'CompleteActivity', body: { completedOn: c.completedOn } });
    if (c.cancelled) await activityChange('cancel', key, { type: 'CancelActivity', body: { reason: c.cancelled.reason, effectiveOn: c.cancelled.on } });
  }

  /** The plan's disaggregation catalogue and its objectives' indicators, dated with the plan. */
  async function seedResultsFramework(planKey: string, planId: string, on: string) {
    for (const d of DIMENSIONS[planKey] ?? []) {
      await send(`plan/${planKey}/dimension/${d.code}`, (e) => new ChangePlanResultsCommand(planId, { type: 'DefineDisaggregation', body: { ...d, effectiveOn: on } }, e));
    }
    for (const i of OBJECTIVE_INDICATORS.filter((o) => o.plan === planKey)) {
      const objectiveId = required(objectives, `${planKey}/${i.objective}`, 'objective');
      const result = await send<WriteResult & { indicatorId?: string }>(`plan/${planKey}/indicator/${i.key}`, (e) =>
        new ChangePlanResultsCommand(planId, { type: 'DefineObjectiveIndicator', objectiveId, body: { ...definitionOf(i), effectiveOn: on } }, e),
      );
      results[`${planKey}/${i.key}`] = result.indicatorId!;
    }
  }

  /** The results-framework values of an activity's n-th report. */
  function resultValues(activity: string, n: number) {
    return (RESULT_INDICATORS[activity] ?? []).flatMap((r) => {
      const value = r.values[n];
      return value === null || value === undefined ? [] : [{ indicatorId: results[`${activity}/${r.key}`], ...valueOf(value) }];
    });
  }

  async function seedStep(s: DemoStep) {
    const session = (key: string) => required(summary.sessions, key, 'session');
    const decision = (key: string) => required(summary.decisions, key, 'decision');
    const recommendation = (key: string) => required(summary.recommendations, key, 'recommendation');
    const changeDecision = (key: string, change: DecisionChange) => send(`decision/${key}/${change.type}`, (e) => new ChangeDecisionCommand(decision(key), change, e));
    const changeRecommendation = (key: string, suffix: string, change: RecommendationChange) =>
      send(`recommendation/${key}/${suffix}`, (e) => new ChangeRecommendationCommand(recommendation(key), change, e));
    switch (s.step) {
      case 'session': {
        const { id } = await send(`session/${s.key}`, (e) => new ScheduleCommissionSessionCommand({ number: s.number, scheduledOn: s.scheduledOn, agenda: s.agenda.map((en) => ({ en })) }, e));
        summary.sessions[s.key] = id;
        return;
      }
      case 'held':
        await send(`session/${s.session}/held`, (e) =>
          new RecordCommissionSessionHeldCommand(session(s.session), { heldOn: s.heldOn, attendeeOrganizationIds: s.attendees.map(org), minutesRef: s.minutesRef }, e),
        );
        return;
      case 'meeting': {
        const { id } = await send(`meeting/${s.key}`, (e) =>
          new RecordMeetingCommand(
            {
              kind: s.kind,
              heldOn: s.heldOn,
              titles: s.titles,
              organizerIds: s.organizers.map(org),
              participantIds: s.participants.map(org),
              place: s.place,
              documents: s.documents,
              planId: s.plan ? required(summary.plans, s.plan, 'plan') : undefined,
            },
            e,
          ),
        );
        summary.meetings[s.key] = id;
        return;
      }
      case 'recommendation': {
        const { id } = await send(`recommendation/${s.key}`, (e) =>
          new SubmitRecommendationCommand(
            {
              meetingId: required(summary.meetings, s.meeting, 'meeting'),
              texts: { en: s.text },
              proposedByOrganizationIds: s.proposedBy.map(org),
              targetAgencyIds: s.targets.map(org),
              planId: s.plan ? required(summary.plans, s.plan, 'plan') : undefined,
            },
            e,
          ),
        );
        summary.recommendations[s.key] = id;
        return;
      }
      case 'schedule':
        await changeRecommendation(s.recommendation, `schedule/${s.session}`, { type: 'ScheduleRecommendationForReview', body: { sessionId: session(s.session) } });
        return;
      case 'decision': {
        const { id } = await send(`decision/${s.key}`, (e) =>
          new RecordDecisionCommand(
            {
              sessionId: session(s.session),
              number: s.number,
              titles: { en: s.title },
              text: s.text,
              kind: s.kind,
              responsibleAgencyIds: s.responsible.map(org),
              dueDate: s.dueDate,
              relatedActivityIds: s.activities.map((a) => required(summary.activities, a, 'activity')),
              relatedRecommendationIds: s.recommendations.map(recommendation),
            },
            e,
          ),
        );
        summary.decisions[s.key] = id;
        return;
      }
      case 'accept':
      case 'reject':
      case 'defer': {
        const type = ({ accept: 'AcceptRecommendation', reject: 'RejectRecommendation', defer: 'DeferRecommendation' } as const)[s.step];
        await changeRecommendation(s.recommendation, `${s.step}/${s.decision}`, { type, body: { decisionId: decision(s.decision), reason: s.reason } });
        return;
      }
      case 'link':
        await changeRecommendation(s.recommendation, `link/${s.activity}`, {
          type: 'LinkRecommendationToActivity',
          body: { activityId: required(summary.activities, s.activity, 'activity'), effectiveOn: s.on },
        });
        return;
      case 'recommendation-implemented':
        await changeRecommendation(s.recommendation, 'implemented', { type: 'MarkRecommendationImplemented', body: { implementedOn: s.on, note: s.note, evidence: s.evidence } });
        return;
      case 'withdraw':
        await changeRecommendation(s.recommendation, 'withdraw', { type: 'WithdrawRecommendation', body: { reason: s.reason, effectiveOn: s.on } });
        return;
      case 'follow-up':
        await send(`decision/${s.decision}/follow-up/${s.on}`, (e) => new ChangeDecisionCommand(decision(s.decision), { type: 'AddDecisionFollowUp', body: { note: s.note, effectiveOn: s.on } }, e));
        return;
      case 'decision-implemented':
        await changeDecision(s.decision, { type: 'MarkDecisionImplemented', body: { implementedOn: s.on, note: s.note } });
        return;
      case 'revoke':
        await changeDecision(s.decision, {
          type: 'RevokeDecision',
          body: { reason: s.reason, revokedByDecisionId: s.by ? decision(s.by) : undefined, effectiveOn: s.on },
        });
        return;
    }
  }
}

function definitionOf({ names, type, unit, baseline, baselineDate, target, targets, direction, disaggregations }: DemoIndicatorDefinition) {
  return { names, type, unit, baseline, baselineDate, target, targets, direction, disaggregations };
}

function valueOf(value: DemoValue): { value: number; categories?: { dimension: string; category: string; value: number }[] } {
  if (typeof value === 'number') return { value };
  const categories = Object.entries(value.categories).flatMap(([dimension, byCategory]) => Object.entries(byCategory).map(([category, v]) => ({ dimension, category, value: v })));
  return { value: value.value, categories };
}

function required(ids: Record<string, string>, key: string, what: string): string {
  const id = ids[key];
  if (!id) throw new Error(`demo data: ${what} "${key}" is referred to before it is recorded`);
  return id;
}

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
