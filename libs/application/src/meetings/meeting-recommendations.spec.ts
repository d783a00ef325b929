import { randomUUID } from 'node:crypto';
import { EVENT_SCHEMA_VERSION, meetingIdOf } from '#domain';
import { InMemoryEventStore } from '#event-store';
import { recommendationIdsInLog } from './meeting-recommendations.js';

describe('the recommendations of a meeting, found in the log (the CLI has no read model)', () => {
  it('finds those naming it, stored now or (upcast) with its source typed inline, and no other', async () => {
    const store = new InMemoryEventStore();
    const source = { kind: 'roundtable', title: 'International Migrants Day roundtable', heldOn: '2015-12-18' } as const;
    const meetingId = meetingIdOf(source);
    const submitted = async (recommendationId: string, data: Record<string, unknown>, schemaVersion: number) =>
      store.append(`recommendation-${recommendationId}`, [{ id: randomUUID(), type: 'RecommendationSubmitted', data: { recommendationId, ...data }, metadata: { schemaVersion } }], 'no_stream');
    const [current, old, other] = [randomUUID(), randomUUID(), randomUUID()];
    await submitted(current, { meetingId, proposedByOrganizationIds: ['o1'] }, EVENT_SCHEMA_VERSION);
    await submitted(old, { source, proposedByOrganizationId: 'o1' }, 4);
    await submitted(other, { meetingId: randomUUID(), proposedByOrganizationIds: ['o1'] }, EVENT_SCHEMA_VERSION);
    expect((await recommendationIdsInLog(store, meetingId)).sort()).toEqual([current, old].sort());
  });
});
