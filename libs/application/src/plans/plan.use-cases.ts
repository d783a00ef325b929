import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AddObjective, AdoptPlan, AmendObjective, AmendPlan, ClosePlan, DraftPlan, PlanCommand, PlanState, RevisePlan, SetReportingCalendar } from '#domain';
import { NotFoundError } from '../shared/application-errors.js';
import { AggregateStore } from '../shared/aggregate-store.js';
import { PLAN } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import { CodeReservations } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import { RecodePlanHandler } from './plan-recoding.js';

export class DraftPlanCommand extends Command<WriteResult> {
  constructor(readonly body: Body<DraftPlan, 'planId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(DraftPlanCommand)
export class DraftPlanHandler implements ICommandHandler<DraftPlanCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly reservations: CodeReservations,
  ) {}
  async execute({ body, envelope }: DraftPlanCommand) {
    const planId = newIdFor(envelope.commandId, 'plan');
    if (body.predecessorPlanId) await this.aggregates.requireExisting('plan', 'plan', [body.predecessorPlanId], 'predecessorPlanId');
    // A plan code is unique in the service (it is the IATI identifier's stem).
    const code = { kind: 'plan' as const, scope: '', code: body.code, field: 'code' };
    return this.reservations.create(PLAN, planId, envelope, code, { type: 'DraftPlan' as const, data: { ...body, planId, today: envelope.today } });
  }
}

export class AddObjectiveCommand extends Command<WriteResult & { objectiveId: string }> {
  constructor(readonly planId: string, readonly body: Body<AddObjective, 'planId' | 'objectiveId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(AddObjectiveCommand)
export class AddObjectiveHandler implements ICommandHandler<AddObjectiveCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  async execute({ planId, body, envelope }: AddObjectiveCommand) {
    const objectiveId = newIdFor(envelope.commandId, 'objective');
    const result = await this.aggregates.update(PLAN, planId, envelope, () => ({
      type: 'AddObjective' as const,
      data: { ...body, planId, objectiveId, today: envelope.today },
    }));
    return { ...result, objectiveId };
  }
}

export class AdoptPlanCommand extends Command<WriteResult> {
  constructor(readonly planId: string, readonly body: Body<AdoptPlan, 'planId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(AdoptPlanCommand)
export class AdoptPlanHandler implements ICommandHandler<AdoptPlanCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  execute({ planId, body, envelope }: AdoptPlanCommand) {
    return this.aggregates.update(PLAN, planId, envelope, () => ({ type: 'AdoptPlan' as const, data: { ...body, planId, today: envelope.today } }));
  }
}

export class RevisePlanCommand extends Command<WriteResult> {
  constructor(readonly planId: string, readonly body: Body<RevisePlan, 'planId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(RevisePlanCommand)
export class RevisePlanHandler implements ICommandHandler<RevisePlanCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  execute({ planId, body, envelope }: RevisePlanCommand) {
    return this.aggregates.update(PLAN, planId, envelope, () => ({ type: 'RevisePlan' as const, data: { ...body, planId, today: envelope.today } }));
  }
}

export class ClosePlanCommand extends Command<WriteResult> {
  constructor(readonly planId: string, readonly body: Body<ClosePlan, 'planId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(ClosePlanCommand)
export class ClosePlanHandler implements ICommandHandler<ClosePlanCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  execute({ planId, body, envelope }: ClosePlanCommand) {
    return this.aggregates.update(PLAN, planId, envelope, () => ({ type: 'ClosePlan' as const, data: { ...body, planId, today: envelope.today } }));
  }
}

/** Corrections of a plan (issue 16): its titles and coordinating body; an objective amended or removed. */
export type PlanCorrection =
  | { type: 'AmendPlan'; body: Body<AmendPlan, 'planId'> }
  | { type: 'AmendObjective'; objectiveId: string; body: Body<AmendObjective, 'planId' | 'objectiveId'> }
  | { type: 'RemoveObjective'; objectiveId: string; body: { reason: string }; activityCount: number };

export class CorrectPlanCommand extends Command<WriteResult> {
  constructor(readonly planId: string, readonly correction: PlanCorrection, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(CorrectPlanCommand)
export class CorrectPlanHandler implements ICommandHandler<CorrectPlanCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  execute({ planId, correction, envelope }: CorrectPlanCommand) {
    return this.aggregates.update(PLAN, planId, envelope, (state: PlanState) => {
      // An objective the plan does not have is a 404, like an unknown id.
      if ('objectiveId' in correction && state.status !== 'none' && !state.objectives.some((o) => o.objectiveId === correction.objectiveId)) {
        throw new NotFoundError('objective', correction.objectiveId);
      }
      const data: Record<string, unknown> = { ...correction.body, planId };
      if ('objectiveId' in correction) data.objectiveId = correction.objectiveId;
      if (correction.type === 'RemoveObjective') data.context = { activityCount: correction.activityCount };
      return { type: correction.type, data } as PlanCommand;
    });
  }
}

export class SetReportingCalendarCommand extends Command<WriteResult> {
  constructor(readonly planId: string, readonly body: Body<SetReportingCalendar, 'planId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(SetReportingCalendarCommand)
export class SetReportingCalendarHandler implements ICommandHandler<SetReportingCalendarCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  execute({ planId, body, envelope }: SetReportingCalendarCommand) {
    return this.aggregates.update(PLAN, planId, envelope, () => ({ type: 'SetReportingCalendar' as const, data: { ...body, planId, today: envelope.today } }));
  }
}

export const PLAN_HANDLERS = [SetReportingCalendarHandler, DraftPlanHandler, AddObjectiveHandler, AdoptPlanHandler, RevisePlanHandler, ClosePlanHandler, CorrectPlanHandler, RecodePlanHandler];
