import { EVENT_SCHEMA_VERSION, EVENT_UPCAST_STEPS, readAsStored, upcastEvent } from './event-schema.js';

/** Data every step reshapes: each field some step reads, in its oldest form. */
const OLD_SHAPES = {
  title: 'Plain',
  name: 'Plain',
  text: 'Plain',
  agenda: ['Plain'],
  before: { title: 'Old' },
  after: { title: 'New' },
  locations: [{ province: 'Sughd', district: 'Khujand' }],
  source: { kind: 'roundtable', title: 'Meeting', heldOn: '2016-01-01' },
  proposedByOrganizationId: 'o1',
};

describe('readAsStored: events a reader may take as stored (a rebuild copies them inside the database)', () => {
  const types = [...new Set(EVENT_UPCAST_STEPS.map((s) => s.type)), 'ActivityProgressReported'];
  const versions = Array.from({ length: EVENT_SCHEMA_VERSION + 1 }, (_, i) => i);

  it('holds only where upcasting changes neither type nor data, whatever the data', () => {
    let asStored = 0;
    for (const type of types) {
      for (const version of versions) {
        if (!readAsStored(type, { schemaVersion: version })) continue;
        asStored++;
        expect({ type, version, read: upcastEvent({ type, data: OLD_SHAPES, schemaVersion: version }) }).toEqual({
          type,
          version,
          read: { type, data: OLD_SHAPES },
        });
        // And no step left to apply from there on, for any data.
        expect(EVENT_UPCAST_STEPS.filter((s) => s.type === type && s.from >= version)).toEqual([]);
      }
    }
    expect(asStored).toBeGreaterThan(types.length);
  });

  it('is false at every version a step for the type starts from, and for versions this release does not know', () => {
    for (const step of EVENT_UPCAST_STEPS)
      expect({ step: `${step.type}@${step.from}`, asStored: readAsStored(step.type, { schemaVersion: step.from }) }).toEqual({
        step: `${step.type}@${step.from}`,
        asStored: false,
      });
    expect(readAsStored('ActivityProgressReported', { schemaVersion: EVENT_SCHEMA_VERSION + 1 })).toBe(false);
    expect(readAsStored('ActivityProgressReported', { schemaVersion: EVENT_SCHEMA_VERSION })).toBe(true);
  });

  it('reads metadata without a number version as version 1, as upcasting does', () => {
    expect(readAsStored('ActivityProgressReported', {})).toBe(true);
    expect(readAsStored('ActivityProgressReported', { schemaVersion: '8' })).toBe(true);
    expect(readAsStored('ActivityPlanned', {})).toBe(false);
    expect(readAsStored('ActivityPlanned', { schemaVersion: String(EVENT_SCHEMA_VERSION) })).toBe(false);
    expect(readAsStored('ActivityPlanned', { schemaVersion: EVENT_SCHEMA_VERSION })).toBe(true);
  });
});
