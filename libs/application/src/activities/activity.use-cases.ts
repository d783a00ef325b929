import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { planContextOf, type ActivityCommand, type ActivityState, type PlanActivity } from '#domain';
import { AggregateStore } from '../shared/aggregate-store.js';
import { NotFoundError } from '../shared/application-errors.js';
import { ACTIVITY, PLAN } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import { CodeReservations } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import { RecodeActivityHandler } from './activity-recoding.js';

export class PlanActivityCommand extends Command<WriteResult> {
  constructor(readonly body: Body<PlanActivity, 'activityId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(PlanActivityCommand)
export class PlanActivityHandler implements ICommandHandler<PlanActivityCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly reservations: CodeReservations,
  ) {}
  async execute({ body, envelope }: PlanActivityCommand) {
    const activityId = newIdFor(envelope.commandId, 'activity');
    const plan = await this.aggregates.load(PLAN, body.planId, 'planId');
    await this.aggregates.requireExisting('organization', 'organization', [body.leadAgencyId], 'leadAgencyId');
    await this.aggregates.requireExisting('organization', 'organization', body.partnerAgencyIds, 'partnerAgencyIds');
    // An activity code is unique within its plan.
    const code = { kind: 'activity' as const, scope: body.planId, code: body.code, field: 'code' };
    return this.reservations.create(ACTIVITY, activityId, envelope, code, {
      type: 'PlanActivity' as const,
      data: { ...body, activityId, today: envelope.today, context: { plan: planContextOf(plan.state)! } },
    });
  }
}

type Change<T extends ActivityCommand['type']> = { type: T; body: Body<Extract<ActivityCommand, { type: T }>, 'activityId' | 'indicatorId' | 'by'> };

/** Every command on an existing activity; each differs only in the checks made before deciding. */
export type ActivityChange =
  | Change<'DefineIndicator'>
  | Change<'AmendActivity'>
  | Change<'StartActivity'>
  | Change<'ReportActivityProgress'>
  | Change<'WithdrawProgressReport'>
  | Change<'SubmitProgressReport'>
  | Change<'ApproveProgressReport'>
  | Change<'ReturnProgressReport'>
  | Change<'ReopenProgressReport'>
  | Change<'ReverseFunding'>
  | (Change<'ReviseIndicator'> & { indicatorId: string })
  | (Change<'RetireIndicator'> & { indicatorId: string })
  | Change<'CommitFunds'>
  | Change<'DisburseFunds'>
  | Change<'RescheduleActivity'>
  | Change<'SuspendActivity'>
  | Change<'ResumeActivity'>
  | Change<'CompleteActivity'>
  | Change<'CancelActivity'>;

export class ChangeActivityCommand extends Command<WriteResult & { indicatorId?: string }> {
  constructor(readonly activityId: string, readonly change: ActivityChange, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(ChangeActivityCommand)
export class ChangeActivityHandler implements ICommandHandler<ChangeActivityCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ activityId, change, envelope }: ChangeActivityCommand) {
    if (change.type === 'CommitFunds' || change.type === 'DisburseFunds') {
      await this.aggregates.requireExisting('organization', 'organization', [change.body.donorId], 'donorId');
    }
    if (change.type === 'AmendActivity') {
      if (change.body.leadAgencyId) await this.aggregates.requireExisting('organization', 'organization', [change.body.leadAgencyId], 'leadAgencyId');
      if (change.body.partnerAgencyIds) await this.aggregates.requireExisting('organization', 'organization', change.body.partnerAgencyIds, 'partnerAgencyIds');
    }
    const indicatorId = change.type === 'DefineIndicator' ? newIdFor(envelope.commandId, 'indicator') : undefined;
    const result = await this.aggregates.update(ACTIVITY, activityId, envelope, async (state: ActivityState, reads) => {
      const data: Record<string, unknown> = { ...change.body, activityId, today: envelope.today };
      if (indicatorId) data.indicatorId = indicatorId;
      if ('indicatorId' in change) data.indicatorId = change.indicatorId;
      // Who reports, submits or approves: the approval of a report is refused to whoever submitted it.
      if (ACTED_BY.has(change.type)) data.by = envelope.actor.id;
      requireNamedPart(activityId, change, state);
      if (NEEDS_PLAN.has(change.type) && state.status !== 'none') {
        const plan = await reads.load(PLAN, state.planId);
        data.context = { plan: planContextOf(plan.state)! };
      }
      return { type: change.type, data } as ActivityCommand;
    });
    return indicatorId ? { ...result, indicatorId } : result;
  }
}

/** Commands whose rules read the activity's plan: its period, its disaggregation catalogue, its objective indicators. */
const NEEDS_PLAN = new Set<ActivityCommand['type']>(['RescheduleActivity', 'AmendActivity', 'DefineIndicator', 'ReviseIndicator', 'ReportActivityProgress']);

const ACTED_BY = new Set<ActivityCommand['type']>(['ReportActivityProgress', 'SubmitProgressReport', 'ApproveProgressReport']);

/** A correction naming an indicator or a funding entry that the activity does not have is a 404, like an unknown id. */
function requireNamedPart(activityId: string, change: ActivityChange, state: ActivityState): void {
  if (state.status === 'none') return;
  if ('indicatorId' in change && !state.indicators.some((i) => i.indicatorId === change.indicatorId)) throw new NotFoundError('indicator', change.indicatorId);
  if (change.type === 'ReverseFunding') {
    const { kind, entryRevision } = change.body;
    if (!state.fundingEntries.some((e) => e.kind === kind && e.revision === entryRevision)) throw new NotFoundError(`funding ${kind}`, `${activityId} at revision ${entryRevision}`);
  }
}

export const ACTIVITY_HANDLERS = [PlanActivityHandler, ChangeActivityHandler, RecodeActivityHandler];
