import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ActivityState, RecodeActivity } from '#domain';
import { ACTIVITY } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CodeRequest } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { CodeMovingUpdate } from '../shared/code-moving-update.js';

export class RecodeActivityCommand extends Command<WriteResult> {
  constructor(
    readonly activityId: string,
    readonly body: Body<RecodeActivity, 'activityId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/** The code an activity holds: unique within its plan (an activity never changes plan). */
export function activityCodeOf(state: ActivityState): CodeRequest | undefined {
  return state.status === 'none' ? undefined : { kind: 'activity', scope: state.planId, code: state.code, field: 'code' };
}

/** An activity's code corrected, in any status: its reservation moves with it (409 DUPLICATE_CODE when another activity of the plan holds the new one). */
@CommandHandler(RecodeActivityCommand)
export class RecodeActivityHandler implements ICommandHandler<RecodeActivityCommand> {
  constructor(private readonly codes: CodeMovingUpdate) {}

  execute({ activityId, body, envelope }: RecodeActivityCommand) {
    const command: RecodeActivity = { type: 'RecodeActivity', data: { ...body, activityId } };
    return this.codes.apply(ACTIVITY, activityId, envelope, command, activityCodeOf);
  }
}
