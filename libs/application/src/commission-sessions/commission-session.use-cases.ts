import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AmendCommissionSession, RecordCommissionSessionHeld, ScheduleCommissionSession } from '#domain';
import { AggregateStore } from '../shared/aggregate-store.js';
import { COMMISSION_SESSION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import { CodeReservations } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import { RenumberCommissionSessionHandler } from './commission-session-renumbering.js';

export class ScheduleCommissionSessionCommand extends Command<WriteResult> {
  constructor(readonly body: Body<ScheduleCommissionSession, 'sessionId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(ScheduleCommissionSessionCommand)
export class ScheduleCommissionSessionHandler implements ICommandHandler<ScheduleCommissionSessionCommand> {
  constructor(private readonly reservations: CodeReservations) {}
  execute({ body, envelope }: ScheduleCommissionSessionCommand) {
    const sessionId = newIdFor(envelope.commandId, 'commission_session');
    // A session number is unique in the service: minutes and pickers cite sessions by it. Renumbering moves it.
    const number = { kind: 'commission_session' as const, scope: '', code: body.number, field: 'number' };
    return this.reservations.create(COMMISSION_SESSION, sessionId, envelope, number, {
      type: 'ScheduleCommissionSession' as const,
      data: { ...body, sessionId, today: envelope.today },
    });
  }
}

export class RecordCommissionSessionHeldCommand extends Command<WriteResult> {
  constructor(readonly sessionId: string, readonly body: Body<RecordCommissionSessionHeld, 'sessionId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(RecordCommissionSessionHeldCommand)
export class RecordCommissionSessionHeldHandler implements ICommandHandler<RecordCommissionSessionHeldCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  async execute({ sessionId, body, envelope }: RecordCommissionSessionHeldCommand) {
    await this.aggregates.requireExisting('organization', 'organization', body.attendeeOrganizationIds, 'attendeeOrganizationIds');
    return this.aggregates.update(COMMISSION_SESSION, sessionId, envelope, () => ({
      type: 'RecordCommissionSessionHeld' as const,
      data: { ...body, sessionId, today: envelope.today },
    }));
  }
}

export class AmendCommissionSessionCommand extends Command<WriteResult> {
  constructor(readonly sessionId: string, readonly body: Body<AmendCommissionSession, 'sessionId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(AmendCommissionSessionCommand)
export class AmendCommissionSessionHandler implements ICommandHandler<AmendCommissionSessionCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  execute({ sessionId, body, envelope }: AmendCommissionSessionCommand) {
    return this.aggregates.update(COMMISSION_SESSION, sessionId, envelope, () => ({ type: 'AmendCommissionSession' as const, data: { ...body, sessionId } }));
  }
}

export const COMMISSION_SESSION_HANDLERS = [ScheduleCommissionSessionHandler, RecordCommissionSessionHeldHandler, AmendCommissionSessionHandler, RenumberCommissionSessionHandler];
