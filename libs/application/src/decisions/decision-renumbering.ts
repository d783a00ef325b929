import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DecisionState, RenumberDecision } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AggregateStore } from '../shared/aggregate-store.js';
import { DECISION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import { CodeReservations, type CodeRequest } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { updateMovingCode } from '../shared/code-moving-update.js';

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
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly reservations: CodeReservations,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  execute({ decisionId, body, envelope }: RenumberDecisionCommand) {
    const command: RenumberDecision = { type: 'RenumberDecision', data: { ...body, decisionId } };
    return updateMovingCode(
      { aggregates: this.aggregates, reservations: this.reservations, events: this.events },
      DECISION,
      decisionId,
      envelope,
      command,
      decisionNumberOf,
    );
  }
}
