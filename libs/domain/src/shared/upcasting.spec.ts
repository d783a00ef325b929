import { EVENT_SCHEMA_VERSION, upcastRecorded } from '../event-schema.js';
import { createUpcaster, EventFromNewerSchemaError, type UpcastStep } from './upcasting.js';

// An imagined history of three catalogue versions: v2 split a location string, v3 renamed the event.
const steps: UpcastStep[] = [
  {
    type: 'ActivityPlanned',
    from: 1,
    upcast: ({ location, ...rest }) => ({ data: { ...rest, locations: [{ province: location }] } }),
  },
  { type: 'ActivityPlanned', from: 2, upcast: (data) => ({ type: 'ActivityScheduled', data }) },
  { type: 'FundsPledged', from: 1, upcast: (data) => ({ type: 'FundsCommitted', data }) },
];
const upcast = createUpcaster(3, steps);

describe('upcasting stored events', () => {
  it('lifts a version-1 event through every later step in order', () => {
    expect(upcast({ type: 'ActivityPlanned', data: { code: 'A1', location: 'Sughd' }, schemaVersion: 1 })).toEqual({
      type: 'ActivityScheduled',
      data: { code: 'A1', locations: [{ province: 'Sughd' }] },
    });
  });

  it('starts from the version the event was stored with', () => {
    expect(upcast({ type: 'ActivityPlanned', data: { code: 'A1', locations: [] }, schemaVersion: 2 })).toEqual({ type: 'ActivityScheduled', data: { code: 'A1', locations: [] } });
  });

  it('follows a renamed type to the steps of its new name', () => {
    expect(upcast({ type: 'FundsPledged', data: { donorId: 'd' }, schemaVersion: 1 })).toEqual({ type: 'FundsCommitted', data: { donorId: 'd' } });
  });

  it('leaves current events and types without steps as they are', () => {
    const current = { type: 'ActivityScheduled', data: { code: 'A1' }, schemaVersion: 3 };
    expect(upcast(current)).toEqual({ type: 'ActivityScheduled', data: { code: 'A1' } });
    expect(upcast({ type: 'ActivityStarted', data: { startedOn: '2016-01-04' }, schemaVersion: 1 })).toEqual({ type: 'ActivityStarted', data: { startedOn: '2016-01-04' } });
  });

  it('never changes the stored data it was given', () => {
    const stored = { code: 'A1', location: 'Khatlon' };
    upcast({ type: 'ActivityPlanned', data: stored, schemaVersion: 1 });
    expect(stored).toEqual({ code: 'A1', location: 'Khatlon' });
  });

  it('refuses an event written by a newer release rather than misreading it', () => {
    expect(() => upcast({ type: 'ActivityStarted', data: {}, schemaVersion: 4 })).toThrow(EventFromNewerSchemaError);
    expect(() => upcast({ type: 'ActivityStarted', data: {}, schemaVersion: 4 })).toThrow(/schema version 4, newer than this release's 3/);
  });

  it('refuses a catalogue with a duplicate or out-of-range step', () => {
    expect(() => createUpcaster(3, [steps[0], steps[0]])).toThrow(/two upcast steps for ActivityPlanned@1/);
    expect(() => createUpcaster(2, [steps[1]])).toThrow(/outside versions 1..1/);
  });
});

describe('the release catalogue', () => {
  const recorded = { id: 'e1', type: 'ActivityStarted', data: { startedOn: '2016-01-04' }, metadata: { schemaVersion: EVENT_SCHEMA_VERSION } };

  it('hands current records through untouched', () => {
    expect(upcastRecorded(recorded)).toBe(recorded);
  });

  it('reads a record without a schemaVersion as version 1 and one from a newer release as an error', () => {
    expect(upcastRecorded({ ...recorded, metadata: {} })).toEqual({ ...recorded, metadata: {} });
    expect(() => upcastRecorded({ ...recorded, metadata: { schemaVersion: EVENT_SCHEMA_VERSION + 1 } })).toThrow(EventFromNewerSchemaError);
  });
});
