import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DecisionState, RenumberDecision } from '#domain';
import { DECISION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CodeRequest } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { CodeMovingUpdate } from '../shared/code-moving-update.js';

export class RenumberDecisionCommand extends Command<WriteResult> {
  constructor(
    readonly decisionId: string,
    readonly body: Body<RenumberDecision, 'decisionId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/** The number a decision holds: unique in the service, as minutes cite decisions by it. */
export function decisionNumberOf(state: DecisionState): CodeRequest | undefined {
  return state.status === 'none' ? undefined : { kind: 'decision', scope: '', code: state.number, field: 'number' };
}

/** A decision's number corrected, in any status: its reservation moves with it (409 DUPLICATE_CODE when another decision holds the new one). */
@CommandHandler(RenumberDecisionCommand)
export class RenumberDecisionHandler implements ICommandHandler<RenumberDecisionCommand> {
  constructor(private readonly codes: CodeMovingUpdate) {}

  execute({ decisionId, body, envelope }: RenumberDecisionCommand) {
    const command: RenumberDecision = { type: 'RenumberDecision', data: { ...body, decisionId } };
    return this.codes.apply(DECISION, decisionId, envelope, command, decisionNumberOf);
  }
}
