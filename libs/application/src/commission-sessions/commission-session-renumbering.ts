import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommissionSessionState, RenumberCommissionSession } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AggregateStore } from '../shared/aggregate-store.js';
import { COMMISSION_SESSION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import { CodeReservations, type CodeRequest } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { updateMovingCode } from '../shared/code-moving-update.js';

export class RenumberCommissionSessionCommand extends Command<WriteResult> {
  constructor(
    readonly sessionId: string,
    readonly body: Body<RenumberCommissionSession, 'sessionId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/** The number a session holds: unique in the service, as minutes and pickers cite sessions by it. */
export function sessionNumberOf(state: CommissionSessionState): CodeRequest | undefined {
  return state.status === 'none' ? undefined : { kind: 'commission_session', scope: '', code: state.number, field: 'number' };
}

/** A session's number corrected, held or not: its reservation moves with it (409 DUPLICATE_CODE when another session holds the new one). */
@CommandHandler(RenumberCommissionSessionCommand)
export class RenumberCommissionSessionHandler implements ICommandHandler<RenumberCommissionSessionCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly reservations: CodeReservations,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  execute({ sessionId, body, envelope }: RenumberCommissionSessionCommand) {
    const command: RenumberCommissionSession = { type: 'RenumberCommissionSession', data: { ...body, sessionId } };
    return updateMovingCode(
      { aggregates: this.aggregates, reservations: this.reservations, events: this.events },
      COMMISSION_SESSION,
      sessionId,
      envelope,
      command,
      sessionNumberOf,
    );
  }
}
