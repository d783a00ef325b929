import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decisionContextOf, isDomainError, recordInlineMeeting, sessionContextOf, type InlineMeeting, type MeetingContext, type RecommendationCommand, type SubmitRecommendation } from '#domain';
import { findMeeting } from '../meetings/meeting-lookup.js';
import { NotFoundError } from '../shared/application-errors.js';
import { AggregateStore } from '../shared/aggregate-store.js';
import { COMMISSION_SESSION, DECISION, MEETING, RECOMMENDATION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';

/**
 * Names its meeting by `meetingId`, or (the older form) types it inline as `source`; its proposers by
 * `proposedByOrganizationIds`, or (the older form) the one `proposedByOrganizationId`.
 */
export type SubmitRecommendationBody = Omit<Body<SubmitRecommendation, 'recommendationId'>, 'meetingId' | 'proposedByOrganizationIds'> &
  ({ meetingId: string; source?: undefined } | { meetingId?: undefined; source: InlineMeeting }) &
  ({ proposedByOrganizationIds: string[]; proposedByOrganizationId?: undefined } | { proposedByOrganizationIds?: undefined; proposedByOrganizationId: string });

export class SubmitRecommendationCommand extends Command<WriteResult> {
  constructor(readonly body: SubmitRecommendationBody, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(SubmitRecommendationCommand)
export class SubmitRecommendationHandler implements ICommandHandler<SubmitRecommendationCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  async execute({ body, envelope }: SubmitRecommendationCommand) {
    const recommendationId = newIdFor(envelope.commandId, 'recommendation');
    const { meetingId, source, proposedByOrganizationId, proposedByOrganizationIds, ...fields } = body;
    const rest = { ...fields, proposedByOrganizationIds: proposedByOrganizationIds ?? [proposedByOrganizationId!] };
    // A 404 names the field the caller sent.
    const proposerField = proposedByOrganizationIds ? 'proposedByOrganizationIds' : 'proposedByOrganizationId';
    await this.aggregates.requireExisting('organization', 'organization', rest.proposedByOrganizationIds, proposerField);
    await this.aggregates.requireExisting('organization', 'organization', rest.targetAgencyIds, 'targetAgencyIds');
    if (rest.planId !== undefined) await this.aggregates.requireExisting('plan', 'plan', [rest.planId], 'planId');
    const submission = (meeting: MeetingContext): SubmitRecommendation => ({
      type: 'SubmitRecommendation',
      data: { ...rest, recommendationId, meetingId: meeting.meetingId, today: envelope.today, context: { meeting } },
    });
    const meeting = meetingId !== undefined ? await this.namedMeeting(meetingId) : await this.inlineMeeting(source!, rest.proposedByOrganizationIds, submission, envelope);
    return this.aggregates.create(RECOMMENDATION, recommendationId, envelope, () => submission(meeting));
  }

  private async namedMeeting(meetingId: string): Promise<MeetingContext> {
    const meeting = await findMeeting(this.aggregates, meetingId);
    if (!meeting) throw new NotFoundError('meeting', meetingId, 'meetingId');
    return meeting;
  }

  /**
   * The meeting an inline source names, recorded first when it is not yet a record (under the id
   * derived from it, so a retry or a concurrent request finds the same one). The recommendation is
   * decided before the meeting is recorded: a refused recommendation leaves nothing behind.
   */
  private async inlineMeeting(source: InlineMeeting, proposers: string[], submission: (meeting: MeetingContext) => SubmitRecommendation, envelope: CommandEnvelope): Promise<MeetingContext> {
    const record = recordInlineMeeting(source, proposers, envelope.today);
    const { meetingId, heldOn } = record.data;
    const existing = await findMeeting(this.aggregates, meetingId);
    if (existing) return existing;
    RECOMMENDATION.decider.decide(submission({ meetingId, heldOn }), RECOMMENDATION.decider.initialState());
    try {
      await this.aggregates.create(MEETING, meetingId, envelope, () => record);
    } catch (error) {
      if (!(isDomainError(error) && error.code === 'MEETING_ALREADY_RECORDED')) throw error;
    }
    return (await findMeeting(this.aggregates, meetingId))!;
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
        const { state } = await this.aggregates.load(RECOMMENDATION, recommendationId);
        // The meeting's date as it stands now (a correction may have moved it); none for a meeting known only inline.
        const meeting = state.status === 'none' ? undefined : await findMeeting(this.aggregates, state.meetingId);
        data.context = { session: sessionContextOf(session.state)!, ...(meeting ? { meeting } : {}) };
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
        if (change.body.proposedByOrganizationIds) await this.aggregates.requireExisting('organization', 'organization', change.body.proposedByOrganizationIds, 'proposedByOrganizationIds');
        break;
    }
    return this.aggregates.update(RECOMMENDATION, recommendationId, envelope, () => ({ type: change.type, data }) as RecommendationCommand);
  }
}

export const RECOMMENDATION_HANDLERS = [SubmitRecommendationHandler, ChangeRecommendationHandler];
