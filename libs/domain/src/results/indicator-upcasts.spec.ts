import { EVENT_SCHEMA_VERSION, upcastRecorded } from '../event-schema.js';

/** Before version 6 an indicator was names, unit, baseline and one target. */
describe('indicators: events stored before schema version 6', () => {
  const stored = (type: string, data: Record<string, unknown>, schemaVersion: number) => ({ id: 'e', type, data, metadata: { schemaVersion } });

  it('reads an old indicator as a number that should increase, without milestones or disaggregations', () => {
    for (const schemaVersion of [4, 5]) {
      const old = stored('IndicatorDefined', { indicatorId: 'i1', names: { en: 'Migrants informed' }, unit: 'persons', baseline: 0, target: 5000, effectiveOn: '2015-06-01' }, schemaVersion);
      expect(upcastRecorded(old).data).toEqual({
        indicatorId: 'i1',
        names: { en: 'Migrants informed' },
        type: 'number',
        unit: 'persons',
        baseline: 0,
        target: 5000,
        targets: [],
        direction: 'increase',
        disaggregations: [],
        effectiveOn: '2015-06-01',
      });
      expect(old.data).not.toHaveProperty('type');
    }
  });

  it('lifts an indicator stored at version 3 through both steps: its name becomes names, and it gets the defaults', () => {
    const old = stored('IndicatorDefined', { indicatorId: 'i1', name: 'Sessions held', unit: 'sessions', baseline: 0, target: 12 }, 3);
    expect(upcastRecorded(old).data).toEqual({ indicatorId: 'i1', names: { en: 'Sessions held' }, unit: 'sessions', baseline: 0, target: 12, type: 'number', targets: [], direction: 'increase', disaggregations: [] });
  });

  it('leaves revisions and reported values as stored, and current indicators alone', () => {
    const revised = stored('IndicatorRevised', { indicatorId: 'i1', before: { target: 1 }, after: { target: 2 }, reason: 'r' }, 5);
    expect(upcastRecorded(revised).data).toEqual(revised.data);
    const current = stored('IndicatorDefined', { indicatorId: 'i1', type: 'percentage', targets: [{ year: 2016, value: 40 }] }, EVENT_SCHEMA_VERSION);
    expect(upcastRecorded(current)).toBe(current);
  });
});
