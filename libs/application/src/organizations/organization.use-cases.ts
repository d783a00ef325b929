import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterOrganization } from '#domain';
import { AggregateStore } from '../shared/aggregate-store.js';
import { ORGANIZATION } from '../shared/aggregates.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import type { Body } from '../shared/body.js';

export class RegisterOrganizationCommand extends Command<WriteResult> {
  constructor(
    readonly body: Body<RegisterOrganization, 'organizationId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

@CommandHandler(RegisterOrganizationCommand)
export class RegisterOrganizationHandler implements ICommandHandler<RegisterOrganizationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  execute({ body, envelope }: RegisterOrganizationCommand) {
    const organizationId = newIdFor(envelope.commandId, 'organization');
    return this.aggregates.create(ORGANIZATION, organizationId, envelope, () => ({
      type: 'RegisterOrganization' as const,
      data: { ...body, organizationId, today: envelope.today },
    }));
  }
}

export const ORGANIZATION_HANDLERS = [RegisterOrganizationHandler];
