import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterOrganization } from '#domain';
import { ORGANIZATION } from '../shared/aggregates.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import type { Body } from '../shared/body.js';
import { CodeReservations } from '../shared/code-reservations.js';

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
  constructor(private readonly reservations: CodeReservations) {}
  execute({ body, envelope }: RegisterOrganizationCommand) {
    const organizationId = newIdFor(envelope.commandId, 'organization');
    // An acronym names one organisation per country.
    const acronym = { kind: 'organization' as const, scope: body.country, code: body.acronym, field: 'acronym' };
    return this.reservations.create(ORGANIZATION, organizationId, envelope, acronym, {
      type: 'RegisterOrganization' as const,
      data: { ...body, organizationId, today: envelope.today },
    });
  }
}

export const ORGANIZATION_HANDLERS = [RegisterOrganizationHandler];
