import { EVENT_SCHEMA_VERSION, upcastRecorded } from './event-schema.js';
import { meetingIdOf } from './meeting/inline-meetings.js';

const source = { kind: 'technical_meeting', title: 'Technical meeting of 18 November', heldOn: '2015-11-18' } as const;
const stored = (schemaVersion: number, data: Record<string, unknown>) => ({ id: 'e', type: 'RecommendationSubmitted', data, metadata: { schemaVersion } });

/** Before version 7 a recommendation typed its meeting inline and had one proposer. */
describe('recommendations stored before meetings were records', () => {
  it('names the meeting derived from the inline source, keeps the source, and lists the one proposer', () => {
    for (const schemaVersion of [4, 5, 6]) {
      const old = stored(schemaVersion, { recommendationId: 'r1', source, texts: { en: 'Open a desk' }, proposedByOrganizationId: 'o1', targetAgencyIds: [], effectiveOn: '2015-11-18' });
      expect(upcastRecorded(old).data).toEqual({
        recommendationId: 'r1',
        meetingId: meetingIdOf(source),
        source,
        texts: { en: 'Open a desk' },
        proposedByOrganizationIds: ['o1'],
        targetAgencyIds: [],
        effectiveOn: '2015-11-18',
      });
      expect(old.data).toHaveProperty('proposedByOrganizationId', 'o1');
    }
  });

  it('lifts a version 1 event through every step: its text in English and its meeting named', () => {
    const old = stored(1, { recommendationId: 'r1', source, text: 'Open a desk', proposedByOrganizationId: 'o1', targetAgencyIds: [] });
    expect(upcastRecorded(old).data).toMatchObject({ meetingId: meetingIdOf(source), texts: { en: 'Open a desk' }, proposedByOrganizationIds: ['o1'] });
  });

  it('leaves a recommendation of the current version as stored', () => {
    const current = stored(EVENT_SCHEMA_VERSION, { recommendationId: 'r1', meetingId: 'm1', texts: { en: 'x' }, proposedByOrganizationIds: ['o1', 'o2'], targetAgencyIds: [] });
    expect(upcastRecorded(current)).toBe(current);
  });
});
