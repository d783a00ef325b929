import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AmendOrganization, OrganizationCommand, OrganizationState, RegisterOrganization, RenameOrganization } from '#domain';
import { ORGANIZATION } from '../shared/aggregates.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import type { Body } from '../shared/body.js';
import { CodeReservations, type CodeRequest } from '../shared/code-reservations.js';
import { CodeMovingUpdate } from '../shared/code-moving-update.js';

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

export type OrganizationChange =
  | { type: 'AmendOrganization'; body: Body<AmendOrganization, 'organizationId'> }
  | { type: 'RenameOrganization'; body: Body<RenameOrganization, 'organizationId'> };

export class ChangeOrganizationCommand extends Command<WriteResult> {
  constructor(
    readonly organizationId: string,
    readonly change: OrganizationChange,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/**
 * A correction or a rename. A new acronym or country moves the acronym's reservation first (a 409
 * DUPLICATE_CODE leaves everything as it was); the rules and If-Match are checked before that, so a
 * refused command reserves nothing.
 */
@CommandHandler(ChangeOrganizationCommand)
export class ChangeOrganizationHandler implements ICommandHandler<ChangeOrganizationCommand> {
  constructor(private readonly codes: CodeMovingUpdate) {}

  execute({ organizationId, change, envelope }: ChangeOrganizationCommand) {
    const command = { type: change.type, data: { ...change.body, organizationId, today: envelope.today } } as OrganizationCommand;
    return this.codes.apply(ORGANIZATION, organizationId, envelope, command, acronymOf);
  }
}

function acronymOf(state: OrganizationState): CodeRequest | undefined {
  return state.status === 'registered' ? { kind: 'organization' as const, scope: state.country, code: state.acronym, field: 'acronym' } : undefined;
}

export const ORGANIZATION_HANDLERS = [RegisterOrganizationHandler, ChangeOrganizationHandler];
