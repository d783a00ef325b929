import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decisionContextOf, sessionContextOf, type RecommendationCommand, type SubmitRecommendation } from '#domain';
import { AggregateStore } from '../shared/aggregate-store.js';
import { COMMISSION_SESSION, DECISION, RECOMMENDATION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';

export class SubmitRecommendationCommand extends Command<WriteResult> {
  constructor(readonly body: Body<SubmitRecommendation, 'recommendationId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(SubmitRecommendationCommand)
export class SubmitRecommendationHandler implements ICommandHandler<SubmitRecommendationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  async execute({ body, envelope }: SubmitRecommendationCommand) {
    const recommendationId = newIdFor(envelope.commandId, 'recommendation');
    await this.aggregates.requireExisting('organization', 'organization', [body.proposedByOrganizationId], 'proposedByOrganizationId');
    await this.aggregates.requireExisting('organization', 'organization', body.targetAgencyIds, 'targetAgencyIds');
    if (body.planId !== undefined) await this.aggregates.requireExisting('plan', 'plan', [body.planId], 'planId');
    return this.aggregates.create(RECOMMENDATION, recommendationId, envelope, () => ({
      type: 'SubmitRecommendation' as const,
      data: { ...body, recommendationId, today: envelope.today },
    }));
  }
}

type Change<T extends RecommendationCommand['type']> = { type: T; body: Body<Extract<RecommendationCommand, { type: T }>, 'recommendationId'> };

/** Every command on an existing recommendation; they differ in the other record they read or check. */
export type RecommendationChange =
  | Change<'ScheduleRecommendationForReview'>
  | Change<'AcceptRecommendation'>
  | Change<'RejectRecommendation'>
  | Change<'DeferRecommendation'>
  | Change<'LinkRecommendationToActivity'>
  | Change<'MarkRecommendationImplemented'>
  | Change<'WithdrawRecommendation'>
  | Change<'AmendRecommendation'>;

export class ChangeRecommendationCommand extends Command<WriteResult> {
  constructor(readonly recommendationId: string, readonly change: RecommendationChange, readonly envelope: CommandEnvelope) {
    super();
  }
}

/**
 * The session (for scheduling) and the decision (for a review) are read here, before deciding, so the
 * rules "reviewed by a decision of the session it was scheduled for" see their current state.
 */
@CommandHandler(ChangeRecommendationCommand)
export class ChangeRecommendationHandler implements ICommandHandler<ChangeRecommendationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  async execute({ recommendationId, change, envelope }: ChangeRecommendationCommand) {
    const data: Record<string, unknown> = { ...change.body, recommendationId, today: envelope.today };
    switch (change.type) {
      case 'ScheduleRecommendationForReview': {
        const session = await this.aggregates.load(COMMISSION_SESSION, change.body.sessionId, 'sessionId');
        data.context = { session: sessionContextOf(session.state)! };
        break;
      }
      case 'AcceptRecommendation':
      case 'RejectRecommendation':
      case 'DeferRecommendation': {
        const decision = await this.aggregates.load(DECISION, change.body.decisionId, 'decisionId');
        data.context = { decision: decisionContextOf(decision.state)! };
        break;
      }
      case 'LinkRecommendationToActivity':
        await this.aggregates.requireExisting('activity', 'activity', [change.body.activityId], 'activityId');
        break;
      case 'AmendRecommendation':
        if (change.body.targetAgencyIds) await this.aggregates.requireExisting('organization', 'organization', change.body.targetAgencyIds, 'targetAgencyIds');
        break;
    }
    return this.aggregates.update(RECOMMENDATION, recommendationId, envelope, () => ({ type: change.type, data }) as RecommendationCommand);
  }
}

export const RECOMMENDATION_HANDLERS = [SubmitRecommendationHandler, ChangeRecommendationHandler];
