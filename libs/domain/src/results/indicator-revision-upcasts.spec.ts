import { EVENT_SCHEMA_VERSION, upcastRecorded } from '../event-schema.js';

const stored = (schemaVersion: number, data: Record<string, unknown>) => ({ id: 'e', type: 'ObjectiveIndicatorRevised', data, metadata: { schemaVersion } });

/** Before version 9 a revision listed the objective named in the request's path among its changes. */
describe('objective indicator revisions stored before version 9', () => {
  it('no longer list the objective as a change; the fields revised stay', () => {
    const old = stored(8, { indicatorId: 'i1', before: { unit: 'people' }, after: { unit: 'persons', objectiveId: 'o1' }, reason: 'typo' });
    expect(upcastRecorded(old).data).toEqual({ indicatorId: 'i1', before: { unit: 'people' }, after: { unit: 'persons' }, reason: 'typo' });
    expect((old.data.after as Record<string, unknown>).objectiveId).toBe('o1');
  });

  it('read from the first version through every step', () => {
    const old = stored(1, { indicatorId: 'i1', before: {}, after: { objectiveId: 'o1' }, reason: 'x' });
    expect(upcastRecorded(old).data).toMatchObject({ before: {}, after: {} });
  });

  it('leave a revision of the current version as stored', () => {
    const current = stored(EVENT_SCHEMA_VERSION, { indicatorId: 'i1', before: { unit: 'a' }, after: { unit: 'b' }, reason: 'x' });
    expect(EVENT_SCHEMA_VERSION).toBe(9);
    expect(upcastRecorded(current)).toBe(current);
  });
});
