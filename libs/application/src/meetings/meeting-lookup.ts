import { meetingContextOf, type MeetingContext } from '#domain';
import type { AggregateStore } from '../shared/aggregate-store.js';
import { NotFoundError } from '../shared/application-errors.js';
import { MEETING } from '../shared/aggregates.js';

/** The meeting as a recommendation's rules see it; undefined when no meeting stream exists (a meeting known only inline). */
export async function findMeeting(aggregates: AggregateStore, meetingId: string): Promise<MeetingContext | undefined> {
  try {
    return meetingContextOf((await aggregates.load(MEETING, meetingId, 'meetingId')).state);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
