import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommissionSessionState, RenumberCommissionSession } from '#domain';
import { COMMISSION_SESSION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CodeRequest } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { CodeMovingUpdate } from '../shared/code-moving-update.js';

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
  constructor(private readonly codes: CodeMovingUpdate) {}

  execute({ sessionId, body, envelope }: RenumberCommissionSessionCommand) {
    const command: RenumberCommissionSession = { type: 'RenumberCommissionSession', data: { ...body, sessionId } };
    return this.codes.apply(COMMISSION_SESSION, sessionId, envelope, command, sessionNumberOf);
  }
}
