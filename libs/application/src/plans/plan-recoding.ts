import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PlanState, RecodePlan } from '#domain';
import { PLAN } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CodeRequest } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { CodeMovingUpdate } from '../shared/code-moving-update.js';

export class RecodePlanCommand extends Command<WriteResult> {
  constructor(
    readonly planId: string,
    readonly body: Body<RecodePlan, 'planId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/** The code a plan holds: unique in the service, as it is the stem of its activities' IATI identifiers. */
export function planCodeOf(state: PlanState): CodeRequest | undefined {
  return state.status === 'none' ? undefined : { kind: 'plan', scope: '', code: state.code, field: 'code' };
}

/** A plan's code corrected, in any status: its reservation moves with it (409 DUPLICATE_CODE when another plan holds the new one). */
@CommandHandler(RecodePlanCommand)
export class RecodePlanHandler implements ICommandHandler<RecodePlanCommand> {
  constructor(private readonly codes: CodeMovingUpdate) {}

  execute({ planId, body, envelope }: RecodePlanCommand) {
    const command: RecodePlan = { type: 'RecodePlan', data: { ...body, planId } };
    return this.codes.apply(PLAN, planId, envelope, command, planCodeOf);
  }
}
