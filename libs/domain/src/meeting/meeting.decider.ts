import { amendmentOf } from '../shared/amendment.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { reject } from '../shared/domain-error.js';
import { requirePastFact, resolveEffectiveOn } from '../shared/dates.js';
import { withChanges } from '../shared/same-value.js';
import { definedOnly } from '../shared/text.js';
import { mergeTitles } from '../shared/titles.js';
import type { AddMeetingDocument, AmendMeeting, MeetingCommand, RecordMeeting } from './meeting.commands.js';
import { MEETING_KINDS, type AmendableMeeting, type MeetingEvent, type RemovableMeetingField } from './meeting.events.js';
import type { MeetingState } from './meeting.state.js';

/*
 * A meeting is recorded once it was held (heldOn not after today), by one or more organisers.
 * Recommendations name it; once a session has reviewed one of them, the meeting cannot be moved to a
 * date after that review: a recommendation is not reviewed before it was made.
 */

type RecordedMeeting = Exclude<MeetingState, { status: 'none' }>;

function existing(state: MeetingState, meetingId: string): RecordedMeeting {
  if (state.status === 'none') reject('MEETING_NOT_FOUND', `meeting ${meetingId} does not exist`);
  return state;
}

function requireKind(kind: string | undefined): void {
  if (kind !== undefined && !(MEETING_KINDS as readonly string[]).includes(kind)) reject('INVALID_MEETING_KIND', `kind must be one of ${MEETING_KINDS.join(', ')}`, 'kind');
}

function requireOrganizers(organizerIds: string[] | undefined): void {
  if (organizerIds !== undefined && organizerIds.length === 0) reject('ORGANIZER_REQUIRED', 'name at least one organising organisation', 'organizerIds');
}

function record({ data }: RecordMeeting, state: MeetingState): MeetingEvent[] {
  if (state.status !== 'none') reject('MEETING_ALREADY_RECORDED', `meeting ${data.meetingId} is already recorded`);
  requireKind(data.kind);
  requireOrganizers(data.organizerIds);
  const heldOn = requirePastFact(data.heldOn, data.today, 'heldOn');
  const { meetingId, kind, titles, organizerIds, participantIds, place, documents, planId } = data;
  return [
    {
      type: 'MeetingRecorded',
      data: definedOnly({ meetingId, kind, heldOn, titles: mergeTitles({}, titles), organizerIds, participantIds, place, documents, planId, effectiveOn: heldOn }),
    },
  ];
}

function addDocument({ data }: AddMeetingDocument, state: MeetingState): MeetingEvent[] {
  const meeting = existing(state, data.meetingId);
  if (meeting.documents.some((d) => d.url === data.document.url)) reject('DOCUMENT_ALREADY_ADDED', `the meeting already has a document at ${data.document.url}`, 'url');
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'MeetingDocumentAdded', data: { document: data.document, effectiveOn } }];
}

/** A later heldOn must not pass the first review of any recommendation made at the meeting. */
function amend({ data }: AmendMeeting, state: MeetingState): MeetingEvent[] {
  const meeting = existing(state, data.meetingId);
  requireKind(data.kind);
  requireOrganizers(data.organizerIds);
  if (data.heldOn !== undefined) {
    requirePastFact(data.heldOn, data.today, 'heldOn');
    const reviewed = data.context.reviews.filter((r) => r.reviewedOn < data.heldOn!).sort((a, b) => (a.reviewedOn < b.reviewedOn ? -1 : 1))[0];
    if (reviewed) {
      reject(
        'MEETING_AFTER_REVIEW',
        `recommendation ${reviewed.recommendationId} made at this meeting was reviewed on ${reviewed.reviewedOn}: the meeting cannot be held after that (${data.heldOn})`,
        'heldOn',
      );
    }
  }
  const { kind, heldOn, titles, organizerIds, participantIds, place, documents, planId } = meeting;
  const current = definedOnly({ kind, heldOn, titles, organizerIds, participantIds, place, documents, planId }) as AmendableMeeting;
  const proposed = {
    kind: data.kind,
    heldOn: data.heldOn,
    titles: data.titles && mergeTitles(titles, data.titles),
    organizerIds: data.organizerIds,
    participantIds: data.participantIds,
    place: data.place,
    documents: data.documents,
    planId: data.planId,
  };
  const amendment = amendmentOf<AmendableMeeting, RemovableMeetingField>(current, proposed, data.reason);
  return amendment ? [{ type: 'MeetingAmended', data: amendment }] : [];
}

export const meetingDecider: Decider<MeetingState, MeetingCommand, MeetingEvent> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    switch (command.type) {
      case 'RecordMeeting':
        return record(command, state);
      case 'AddMeetingDocument':
        return addDocument(command, state);
      case 'AmendMeeting':
        return amend(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    if (event.type === 'MeetingRecorded') {
      const { effectiveOn: _effectiveOn, ...recorded } = event.data;
      return { status: 'recorded', ...recorded };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'MeetingDocumentAdded':
        return { ...state, documents: [...state.documents, event.data.document] };
      case 'MeetingAmended':
        return withChanges(state, event.data.after);
      default:
        return assertNever(event);
    }
  },
};
