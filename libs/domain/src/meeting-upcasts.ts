import { meetingIdOf, type InlineMeeting } from './meeting/inline-meetings.js';
import type { UpcastStep } from './shared/upcasting.js';

type Data = Record<string, unknown>;

/**
 * Version 7 (issue 12): a recommendation names a meeting record and one or more proposers. Before, it
 * typed its meeting inline (`source`) and had one proposer. The inline meeting is read as the meeting
 * whose id is derived from it (the one a new request with that source records), `source` kept for
 * reading; the one proposer becomes a list of one.
 */
function namingItsMeeting(data: Data): Data {
  const { proposedByOrganizationId, ...rest } = data;
  const source = data.source as InlineMeeting | undefined;
  return {
    ...rest,
    ...(rest.meetingId === undefined && source ? { meetingId: meetingIdOf(source) } : {}),
    ...(typeof proposedByOrganizationId === 'string' && rest.proposedByOrganizationIds === undefined ? { proposedByOrganizationIds: [proposedByOrganizationId] } : {}),
  };
}

/** Keyed on "stored before version 7". */
export const MEETING_UPCAST_STEPS: readonly UpcastStep[] = [{ type: 'RecommendationSubmitted', from: 6, upcast: (data) => ({ data: namingItsMeeting(data) }) }];
