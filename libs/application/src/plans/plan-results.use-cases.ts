import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AmendDisaggregation, DefineDisaggregation, DefineObjectiveIndicator, PlanCommand, PlanState, ReviseObjectiveIndicator } from '#domain';
import { NotFoundError } from '../shared/application-errors.js';
import { AggregateStore } from '../shared/aggregate-store.js';
import { PLAN } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';

/** The plan's results framework (issue 12): its disaggregation catalogue and its objectives' indicators. */
export type PlanResultsChange =
  | { type: 'DefineDisaggregation'; body: Body<DefineDisaggregation, 'planId'> }
  | { type: 'AmendDisaggregation'; code: string; body: Body<AmendDisaggregation, 'planId' | 'code'> }
  | { type: 'DefineObjectiveIndicator'; objectiveId: string; body: Body<DefineObjectiveIndicator, 'planId' | 'objectiveId' | 'indicatorId'> }
  | { type: 'ReviseObjectiveIndicator'; objectiveId: string; indicatorId: string; body: Body<ReviseObjectiveIndicator, 'planId' | 'indicatorId'> };

export class ChangePlanResultsCommand extends Command<WriteResult & { indicatorId?: string }> {
  constructor(readonly planId: string, readonly change: PlanResultsChange, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(ChangePlanResultsCommand)
export class ChangePlanResultsHandler implements ICommandHandler<ChangePlanResultsCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ planId, change, envelope }: ChangePlanResultsCommand) {
    const newIndicatorId = change.type === 'DefineObjectiveIndicator' ? newIdFor(envelope.commandId, 'indicator') : undefined;
    const result = await this.aggregates.update(PLAN, planId, envelope, (state: PlanState) => {
      requireNamedPart(change, state);
      const data: Record<string, unknown> = { ...change.body, planId, today: envelope.today };
      if (change.type === 'AmendDisaggregation') data.code = change.code;
      // A revision names the objective only to find the indicator (requireNamedPart): it is no field of it.
      if ('objectiveId' in change && change.type !== 'ReviseObjectiveIndicator') data.objectiveId = change.objectiveId;
      if (newIndicatorId) data.indicatorId = newIndicatorId;
      if (change.type === 'ReviseObjectiveIndicator') data.indicatorId = change.indicatorId;
      return { type: change.type, data } as PlanCommand;
    });
    return newIndicatorId ? { ...result, indicatorId: newIndicatorId } : result;
  }
}

/** A dimension, objective or indicator the plan does not have, named in the path, is a 404 like an unknown id. */
function requireNamedPart(change: PlanResultsChange, state: PlanState): void {
  if (state.status === 'none') return;
  if (change.type === 'AmendDisaggregation' && !state.disaggregations.some((d) => d.code === change.code)) throw new NotFoundError('dimension', change.code);
  if ('objectiveId' in change && !state.objectives.some((o) => o.objectiveId === change.objectiveId)) throw new NotFoundError('objective', change.objectiveId);
  if (change.type === 'ReviseObjectiveIndicator' && !state.objectiveIndicators.some((i) => i.indicatorId === change.indicatorId && i.objectiveId === change.objectiveId)) {
    throw new NotFoundError('indicator', change.indicatorId);
  }
}

export const PLAN_RESULTS_HANDLERS = [ChangePlanResultsHandler];
