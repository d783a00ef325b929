import { EVENT_SCHEMA_VERSION, upcastRecorded } from './event-schema.js';

/** Version 1 stored titles as one English string; version 2 stores `titles` in en, ru, tg. */
describe('titles: events stored at schema version 1', () => {
  const v1 = (type: string, data: Record<string, unknown>) => ({ id: 'e1', type, data, metadata: { schemaVersion: 1 } });

  it('reads a planned activity’s plain-string title as its English title', () => {
    const stored = v1('ActivityPlanned', { activityId: 'a1', code: '1.1', title: 'Information sessions', effectiveOn: '2016-01-01' });
    expect(EVENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    expect(upcastRecorded(stored).data).toEqual({ activityId: 'a1', code: '1.1', titles: { en: 'Information sessions' }, effectiveOn: '2016-01-01' });
    expect(stored.data).toHaveProperty('title', 'Information sessions');
  });

  it('reads an amendment’s title before and after as English titles, and leaves amendments without one alone', () => {
    const amended = v1('ActivityAmended', { before: { title: 'Old', budget: 1 }, after: { title: 'New', budget: 2 }, reason: 'typo' });
    expect(upcastRecorded(amended).data).toEqual({ before: { titles: { en: 'Old' }, budget: 1 }, after: { titles: { en: 'New' }, budget: 2 }, reason: 'typo' });
    const untitled = v1('ActivityAmended', { before: { budget: 1 }, after: { budget: 2 }, reason: 'typo' });
    expect(upcastRecorded(untitled).data).toEqual(untitled.data);
  });

  it('reads a decision’s plain-string title, stored at version 1 or 2, as its English title', () => {
    for (const schemaVersion of [1, 2]) {
      const recorded = { ...v1('DecisionRecorded', { decisionId: 'd1', number: 'IMC-2016/01', title: 'Remittances in agriculture', text: 't' }), metadata: { schemaVersion } };
      expect(upcastRecorded(recorded).data).toEqual({ decisionId: 'd1', number: 'IMC-2016/01', titles: { en: 'Remittances in agriculture' }, text: 't' });
      const amended = { ...v1('DecisionAmended', { before: { title: 'A' }, after: { title: 'B' }, reason: 'r' }), metadata: { schemaVersion } };
      expect(upcastRecorded(amended).data).toEqual({ before: { titles: { en: 'A' } }, after: { titles: { en: 'B' } }, reason: 'r' });
    }
  });

  it('reads objectives’ titles, indicators’ names, agenda items and recommendations’ texts stored at versions 1 to 3 in English', () => {
    for (const schemaVersion of [1, 2, 3]) {
      const at = (type: string, data: Record<string, unknown>) => upcastRecorded({ id: 'e', type, data, metadata: { schemaVersion } }).data;
      expect(at('ObjectiveAdded', { objectiveId: 'o1', code: '2', title: 'Diaspora investment' })).toEqual({ objectiveId: 'o1', code: '2', titles: { en: 'Diaspora investment' } });
      expect(at('ObjectiveAmended', { objectiveId: 'o1', before: { title: 'A' }, after: { title: 'B' }, reason: 'r' })).toEqual({ objectiveId: 'o1', before: { titles: { en: 'A' } }, after: { titles: { en: 'B' } }, reason: 'r' });
      expect(at('ObjectiveRemoved', { objectiveId: 'o1', before: { code: '9', title: 'Typo' }, reason: 'r' })).toEqual({ objectiveId: 'o1', before: { code: '9', titles: { en: 'Typo' } }, reason: 'r' });
      expect(at('IndicatorDefined', { indicatorId: 'i1', name: 'Sessions held', unit: 'sessions' })).toMatchObject({ indicatorId: 'i1', names: { en: 'Sessions held' }, unit: 'sessions' });
      expect(at('IndicatorRevised', { indicatorId: 'i1', before: { name: 'A', target: 1 }, after: { name: 'B', target: 2 }, reason: 'r' })).toEqual({ indicatorId: 'i1', before: { names: { en: 'A' }, target: 1 }, after: { names: { en: 'B' }, target: 2 }, reason: 'r' });
      expect(at('CommissionSessionScheduled', { sessionId: 's1', agenda: ['Report 2015', 'Roundtable'] })).toEqual({ sessionId: 's1', agenda: [{ en: 'Report 2015' }, { en: 'Roundtable' }] });
      expect(at('CommissionSessionAmended', { before: { agenda: ['A'] }, after: { agenda: ['B'] }, reason: 'r' })).toEqual({ before: { agenda: [{ en: 'A' }] }, after: { agenda: [{ en: 'B' }] }, reason: 'r' });
      expect(at('RecommendationSubmitted', { recommendationId: 'r1', text: 'Open a desk' })).toEqual({ recommendationId: 'r1', texts: { en: 'Open a desk' } });
      expect(at('RecommendationAmended', { before: { text: 'A' }, after: { text: 'B' }, reason: 'r' })).toEqual({ before: { texts: { en: 'A' } }, after: { texts: { en: 'B' } }, reason: 'r' });
    }
  });

  it('leaves an amendment of the date alone', () => {
    const amended = { id: 'e', type: 'CommissionSessionAmended', data: { before: { scheduledOn: '2016-02-20' }, after: { scheduledOn: '2016-02-27' }, reason: 'r' }, metadata: { schemaVersion: 3 } };
    expect(upcastRecorded(amended).data).toEqual(amended.data);
  });

  it('leaves events already at the current version as stored', () => {
    const current = { id: 'e2', type: 'ActivityPlanned', data: { titles: { ru: 'Сессии' } }, metadata: { schemaVersion: EVENT_SCHEMA_VERSION } };
    expect(upcastRecorded(current)).toBe(current);
  });
});
