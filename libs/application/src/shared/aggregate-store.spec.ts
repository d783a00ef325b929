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

describe('AggregateStore.loadAtHead', () => {
  let events: InMemoryEventStore;
  let store: AggregateStore;
  let reads: number;
  beforeEach(() => {
    events = new InMemoryEventStore();
    store = new AggregateStore(events);
    reads = 0;
    const readStream = events.readStream.bind(events);
    events.readStream = (...args) => {
      reads++;
      return readStream(...args);
    };
  });

  it('answers from the kept fold without a read when it is at the head the caller read', async () => {
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    await store.load(ORGANIZATION, ORG);
    reads = 0;
    const loaded = await store.loadAtHead(ORGANIZATION, ORG, 0);
    expect(loaded).toMatchObject({ revision: 0, state: { name: 'Migration Service' } });
    expect(reads).toBe(0);
  });

  it('reads what another writer appended when the head the caller read is past the kept fold', async () => {
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    await store.load(ORGANIZATION, ORG);
    // Another process renames it: this store's fold stays at revision 0.
    await new AggregateStore(events).update(ORGANIZATION, ORG, envelope('c2'), () => rename);
    reads = 0;
    const loaded = await store.loadAtHead(ORGANIZATION, ORG, 1);
    expect(loaded).toMatchObject({ revision: 1, state: { name: 'Migration Agency' } });
    expect(reads).toBe(1);
  });

  it('answers 404 for a stream the caller found empty, without a read', async () => {
    await expect(store.loadAtHead(ORGANIZATION, ORG, -1)).rejects.toThrow(/organization/);
    expect(reads).toBe(0);
  });
});
