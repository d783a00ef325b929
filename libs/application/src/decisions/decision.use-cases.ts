import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { sessionContextOf, type DecisionCommand, type RecordDecision } from '#domain';
import { AggregateStore } from '../shared/aggregate-store.js';
import { COMMISSION_SESSION, DECISION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import { CodeReservations } from '../shared/code-reservations.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import { RenumberDecisionHandler } from './decision-renumbering.js';

export class RecordDecisionCommand extends Command<WriteResult> {
  constructor(readonly body: Body<RecordDecision, 'decisionId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

/**
 * The session is read for its status and date (a decision needs a held session); the rest must exist.
 * The number is unique in the service, as minutes cite decisions by it; renumbering moves it (decision-renumbering.ts).
 */
@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler implements ICommandHandler<RecordDecisionCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly reservations: CodeReservations,
  ) {}
  async execute({ body, envelope }: RecordDecisionCommand) {
    const decisionId = newIdFor(envelope.commandId, 'decision');
    const session = await this.aggregates.load(COMMISSION_SESSION, body.sessionId, 'sessionId');
    await this.aggregates.requireExisting('organization', 'organization', body.responsibleAgencyIds, 'responsibleAgencyIds');
    await this.aggregates.requireExisting('activity', 'activity', body.relatedActivityIds, 'relatedActivityIds');
    await this.aggregates.requireExisting('recommendation', 'recommendation', body.relatedRecommendationIds, 'relatedRecommendationIds');
    const number = { kind: 'decision' as const, scope: '', code: body.number, field: 'number' };
    return this.reservations.create(DECISION, decisionId, envelope, number, {
      type: 'RecordDecision' as const,
      data: { ...body, decisionId, today: envelope.today, context: { session: sessionContextOf(session.state)! } },
    });
  }
}

type Change<T extends DecisionCommand['type']> = { type: T; body: Body<Extract<DecisionCommand, { type: T }>, 'decisionId'> };

/** Every command on an existing decision. */
export type DecisionChange = Change<'AddDecisionFollowUp'> | Change<'MarkDecisionImplemented'> | Change<'RevokeDecision'> | Change<'AmendDecision'>;

export class ChangeDecisionCommand extends Command<WriteResult> {
  constructor(readonly decisionId: string, readonly change: DecisionChange, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(ChangeDecisionCommand)
export class ChangeDecisionHandler implements ICommandHandler<ChangeDecisionCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  async execute({ decisionId, change, envelope }: ChangeDecisionCommand) {
    if (change.type === 'RevokeDecision' && change.body.revokedByDecisionId !== undefined) {
      await this.aggregates.requireExisting('decision', 'decision', [change.body.revokedByDecisionId], 'revokedByDecisionId');
    }
    if (change.type === 'AmendDecision' && change.body.responsibleAgencyIds) {
      await this.aggregates.requireExisting('organization', 'organization', change.body.responsibleAgencyIds, 'responsibleAgencyIds');
    }
    return this.aggregates.update(DECISION, decisionId, envelope, () => ({ type: change.type, data: { ...change.body, decisionId, today: envelope.today } }) as DecisionCommand);
  }
}

export const DECISION_HANDLERS = [RecordDecisionHandler, ChangeDecisionHandler, RenumberDecisionHandler];
