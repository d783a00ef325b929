import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { organizationStream, type AmendOrganization, type OrganizationCommand, type OrganizationState, type RegisterOrganization, type RenameOrganization } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AggregateStore } from '../shared/aggregate-store.js';
import { PreconditionFailedError } from '../shared/application-errors.js';
import { ORGANIZATION } from '../shared/aggregates.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import type { Body } from '../shared/body.js';
import { CodeReservations, reservationStreamId } from '../shared/code-reservations.js';

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
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly reservations: CodeReservations,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async execute({ organizationId, change, envelope }: ChangeOrganizationCommand) {
    const { state, revision } = await this.aggregates.load(ORGANIZATION, organizationId);
    const command = { type: change.type, data: { ...change.body, organizationId, today: envelope.today } } as OrganizationCommand;
    // A retry (same Idempotency-Key) is answered by the store from what it stored: nothing to move.
    const retried = (await this.events.readStream(organizationStream(organizationId))).some((e) => e.metadata.commandId === envelope.commandId);
    let moved: ReturnType<typeof acronymOf> | undefined;
    if (!retried && state.status === 'registered') {
      if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== revision) throw new PreconditionFailedError(envelope.expectedRevision, revision);
      const after = ORGANIZATION.decider.decide(command, state).reduce(ORGANIZATION.decider.evolve, state as OrganizationState);
      const from = acronymOf(state);
      const to = acronymOf(after);
      if (to && reservationStreamId(from!) !== reservationStreamId(to)) {
        await this.reservations.move(from!, to, organizationId, envelope);
        moved = to;
      }
    }
    return this.aggregates.update(ORGANIZATION, organizationId, envelope, async () => {
      if (moved) await this.reservations.assertHeld(moved, organizationId);
      return command;
    });
  }
}

function acronymOf(state: OrganizationState) {
  return state.status === 'registered' ? { kind: 'organization' as const, scope: state.country, code: state.acronym, field: 'acronym' } : undefined;
}

export const ORGANIZATION_HANDLERS = [RegisterOrganizationHandler, ChangeOrganizationHandler];
