import { Inject, Optional } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { firstReviewOf, type AddMeetingDocument, type AmendMeeting, type MeetingCommand, type RecordMeeting } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AggregateStore } from '../shared/aggregate-store.js';
import { MEETING, RECOMMENDATION } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import { MeetingRecommendations, recommendationIdsInLog } from './meeting-recommendations.js';

/** Every organisation and plan a meeting names must exist (404 naming the field otherwise); a plan link removed (null) names none. */
async function requireReferences(aggregates: AggregateStore, body: { organizerIds?: string[]; participantIds?: string[]; planId?: string | null }): Promise<void> {
  if (body.organizerIds) await aggregates.requireExisting('organization', 'organization', body.organizerIds, 'organizerIds');
  if (body.participantIds) await aggregates.requireExisting('organization', 'organization', body.participantIds, 'participantIds');
  if (body.planId !== undefined && body.planId !== null) await aggregates.requireExisting('plan', 'plan', [body.planId], 'planId');
}

export class RecordMeetingCommand extends Command<WriteResult> {
  constructor(readonly body: Body<RecordMeeting, 'meetingId'>, readonly envelope: CommandEnvelope) {
    super();
  }
}

@CommandHandler(RecordMeetingCommand)
export class RecordMeetingHandler implements ICommandHandler<RecordMeetingCommand> {
  constructor(private readonly aggregates: AggregateStore) {}
  async execute({ body, envelope }: RecordMeetingCommand) {
    const meetingId = newIdFor(envelope.commandId, 'meeting');
    await requireReferences(this.aggregates, body);
    return this.aggregates.create(MEETING, meetingId, envelope, () => ({ type: 'RecordMeeting' as const, data: { ...body, meetingId, today: envelope.today } }));
  }
}

export type MeetingChange = { type: 'AmendMeeting'; body: Body<AmendMeeting, 'meetingId'> } | { type: 'AddMeetingDocument'; body: Body<AddMeetingDocument, 'meetingId'> };

export class ChangeMeetingCommand extends Command<WriteResult> {
  constructor(readonly meetingId: string, readonly change: MeetingChange, readonly envelope: CommandEnvelope) {
    super();
  }
}

/** A correction of a meeting's date reads when its recommendations were first reviewed, before deciding. */
@CommandHandler(ChangeMeetingCommand)
export class ChangeMeetingHandler implements ICommandHandler<ChangeMeetingCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() private readonly index?: MeetingRecommendations,
  ) {}

  async execute({ meetingId, change, envelope }: ChangeMeetingCommand) {
    const data: Record<string, unknown> = { ...change.body, meetingId, today: envelope.today };
    if (change.type === 'AmendMeeting') {
      await requireReferences(this.aggregates, change.body);
      data.context = { reviews: change.body.heldOn === undefined ? [] : await this.reviewsOf(meetingId) };
    }
    return this.aggregates.update(MEETING, meetingId, envelope, () => ({ type: change.type, data }) as MeetingCommand);
  }

  private async reviewsOf(meetingId: string) {
    const ids = this.index ? await this.index.recommendationIdsOf(meetingId) : await recommendationIdsInLog(this.events, meetingId);
    const reviews = await Promise.all(ids.map(async (recommendationId) => ({ recommendationId, reviewedOn: firstReviewOf((await this.aggregates.load(RECOMMENDATION, recommendationId)).state) })));
    return reviews.filter((r): r is { recommendationId: string; reviewedOn: string } => r.reviewedOn !== undefined);
  }
}

export const MEETING_HANDLERS = [RecordMeetingHandler, ChangeMeetingHandler];
