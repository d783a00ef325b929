import { parseStreamName, upcastRecorded } from '#domain';
import type { EventStore } from '#event-store';

/**
 * The recommendations made at a meeting: the reverse of each recommendation's `meetingId`, which no
 * stream holds. The API provides it from the recommendations read model; without it (the CLI) the
 * log is scanned, which is slow on a large log but only a correction of a meeting's date asks.
 */
export abstract class MeetingRecommendations {
  abstract recommendationIdsOf(meetingId: string): Promise<string[]>;
}

const PAGE = 1000;

export async function recommendationIdsInLog(events: EventStore, meetingId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = await events.readAll(null, PAGE); page.length > 0; page = await events.readAll(page[page.length - 1].position, PAGE)) {
    for (const recorded of page) {
      if (recorded.type !== 'RecommendationSubmitted') continue;
      const { data } = upcastRecorded(recorded);
      const parsed = parseStreamName(recorded.stream);
      if ((data as { meetingId?: string }).meetingId === meetingId && parsed) ids.push(parsed.id);
    }
  }
  return ids;
}
