import { EVENT_SCHEMA_VERSION, EventFromNewerSchemaError, organizationStream } from '#domain';
import { InMemoryEventStore } from '#event-store';
import { AggregateStore } from './aggregate-store.js';
import { ORGANIZATION } from './aggregates.js';
import type { CommandEnvelope } from './command-envelope.js';

const ORG = '0f5e7a52-5a0c-4c55-9d57-1f0b8f2f6a11';
const envelope = (commandId: string): CommandEnvelope => ({
  commandId,
  correlationId: commandId,
  causationId: commandId,
  actor: { id: 'token-1', name: 'Secretariat', role: 'secretariat', organizationId: null },
  today: '2026-11-23',
  recordedAt: new Date('2026-11-23T10:00:00Z'),
});
const register = { type: 'RegisterOrganization' as const, data: { organizationId: ORG, name: 'Migration Service', acronym: 'MS', kind: 'state_agency' as const, country: 'TJ', today: '2026-11-23' } };
const rename = { type: 'RenameOrganization' as const, data: { organizationId: ORG, name: 'Migration Agency', today: '2026-11-23' } };

describe('AggregateStore and the event schema', () => {
  let events: InMemoryEventStore;
  let store: AggregateStore;
  beforeEach(() => {
    events = new InMemoryEventStore();
    store = new AggregateStore(events);
  });

  it('stamps every appended event with the schema version this release writes', async () => {
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    const [stored] = await events.readStream(organizationStream(ORG));
    expect(stored.metadata.schemaVersion).toBe(EVENT_SCHEMA_VERSION);
  });

  it('refuses to decide on a stream holding an event from a newer release, and appends nothing', async () => {
    await events.append(
      organizationStream(ORG),
      [{ id: '5d0c1f52-32b5-4a4e-9a73-9d7b0c2a8a01', type: 'OrganizationRegistered', data: { ...register.data, effectiveOn: '2026-11-23' }, metadata: { schemaVersion: EVENT_SCHEMA_VERSION + 1 } }],
      'no_stream',
    );
    await expect(store.update(ORGANIZATION, ORG, envelope('c2'), () => rename)).rejects.toThrow(EventFromNewerSchemaError);
    expect(await events.readStream(organizationStream(ORG))).toHaveLength(1);
  });
});
