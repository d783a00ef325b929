import { EVENT_SCHEMA_VERSION, EventFromNewerSchemaError, organizationStream } from '#domain';
import { InMemoryEventStore, WrongExpectedRevisionError } from '#event-store';
import { AggregateStore } from './aggregate-store.js';
import { FoldedStreams } from './folded-streams.js';
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

  it('answers a command retried after later ones with its own event, from the kept fold and from a fresh one', async () => {
    const first = await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    const renamed = await store.update(ORGANIZATION, ORG, envelope('c2'), () => rename);
    await store.update(ORGANIZATION, ORG, envelope('c3'), () => ({ ...rename, data: { ...rename.data, name: 'Migration Board' } }));
    expect(await store.update(ORGANIZATION, ORG, envelope('c2'), () => rename)).toEqual(renamed);
    expect(await new AggregateStore(events).create(ORGANIZATION, ORG, envelope('c1'), () => register)).toEqual(first);
    const stored = await events.readStream(organizationStream(ORG));
    expect(stored).toHaveLength(3);
    expect(renamed).toEqual({ id: ORG, revision: 1, position: stored[1].position });
  });

  /** Appends the store refused for a revision another writer had taken. */
  const countRefusals = () => {
    const refused = { count: 0 };
    const append = events.append.bind(events);
    events.append = (...args) =>
      append(...args).catch((error: unknown) => {
        if (error instanceof WrongExpectedRevisionError) refused.count++;
        throw error;
      });
    return refused;
  };
  const renameTo = (name: string) => () => ({ ...rename, data: { ...rename.data, name } });

  it('runs the commands on one stream one after another in a process: none meets another one’s write', async () => {
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    const refused = countRefusals();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.update(ORGANIZATION, ORG, envelope(`r${i}`), renameTo(`Agency ${i}`))));
    expect(refused.count).toBe(0);
    expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await events.readStream(organizationStream(ORG))).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('re-decides a command that lost the race to another process, until every one of both is stored', async () => {
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    const other = new AggregateStore(events);
    const refused = countRefusals();
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => [
        store.update(ORGANIZATION, ORG, envelope(`a${i}`), renameTo(`Agency A${i}`)),
        other.update(ORGANIZATION, ORG, envelope(`b${i}`), renameTo(`Agency B${i}`)),
      ]).flat(),
    );
    expect(refused.count).toBeGreaterThan(0);
    expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const stored = await events.readStream(organizationStream(ORG));
    expect(new Set(stored.map((e) => e.metadata.commandId)).size).toBe(9);
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

describe('AggregateStore: another aggregate read while building a command', () => {
  const OTHER = '7c1d5b2e-4f3a-4e8b-9a6d-2b5c8e1f0a33';
  const registerOther = { type: 'RegisterOrganization' as const, data: { ...register.data, organizationId: OTHER, name: 'Labour Inspectorate', acronym: 'LI' } };
  let events: InMemoryEventStore;
  let reads: number;
  beforeEach(() => {
    events = new InMemoryEventStore();
    reads = 0;
    const readStream = events.readStream.bind(events);
    events.readStream = (...args) => {
      reads++;
      return readStream(...args);
    };
  });

  /** Renames ORG after OTHER's name as the command reads it; the names it saw, in order. */
  const renameAfterOther = async (store: AggregateStore, commandId: string) => {
    const seen: string[] = [];
    await store.update(ORGANIZATION, ORG, envelope(commandId), async (_state, reads) => {
      const other = (await reads.load(ORGANIZATION, OTHER)).state as { name: string };
      seen.push(other.name);
      return { type: 'RenameOrganization' as const, data: { organizationId: ORG, name: `Partner of ${other.name}`, today: '2026-11-23' } };
    });
    return seen;
  };
  const nameOf = async (store: AggregateStore) => ((await store.load(ORGANIZATION, ORG)).state as { name: string }).name;

  it('takes both kept folds without a read when nothing moved, and the append checks the other stream', async () => {
    const store = new AggregateStore(events);
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    await store.create(ORGANIZATION, OTHER, envelope('c2'), () => registerOther);
    reads = 0;
    expect(await renameAfterOther(store, 'c3')).toEqual(['Labour Inspectorate']);
    expect(reads).toBe(0);
    expect(await nameOf(store)).toBe('Partner of Labour Inspectorate');
  });

  it('builds the command again on a fresh read when another writer moved the other stream, and appends once', async () => {
    const store = new AggregateStore(events);
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    await store.create(ORGANIZATION, OTHER, envelope('c2'), () => registerOther);
    await new AggregateStore(events).update(ORGANIZATION, OTHER, envelope('c3'), () => ({ type: 'RenameOrganization' as const, data: { organizationId: OTHER, name: 'State Labour Inspectorate', today: '2026-11-23' } }));
    expect(await renameAfterOther(store, 'c4')).toEqual(['Labour Inspectorate', 'State Labour Inspectorate']);
    expect(await nameOf(store)).toBe('Partner of State Labour Inspectorate');
    expect((await events.readStream(organizationStream(ORG))).map((e) => e.type)).toEqual(['OrganizationRegistered', 'OrganizationRenamed']);
  });

  it('reads the other stream before deciding on a store that cannot check it in the append', async () => {
    const store = new AggregateStore(Object.assign(Object.create(events) as InMemoryEventStore, { appendIfUnchanged: undefined }));
    await store.create(ORGANIZATION, ORG, envelope('c1'), () => register);
    await store.create(ORGANIZATION, OTHER, envelope('c2'), () => registerOther);
    await new AggregateStore(events).update(ORGANIZATION, OTHER, envelope('c3'), () => ({ type: 'RenameOrganization' as const, data: { organizationId: OTHER, name: 'State Labour Inspectorate', today: '2026-11-23' } }));
    expect(await renameAfterOther(store, 'c4')).toEqual(['State Labour Inspectorate']);
    expect(await nameOf(store)).toBe('Partner of State Labour Inspectorate');
  });
});

const ORGS = ['0f5e7a52-5a0c-4c55-9d57-1f0b8f2f6a11', '1a2b3c4d-5a0c-4c55-9d57-1f0b8f2f6a12', '2b3c4d5e-5a0c-4c55-9d57-1f0b8f2f6a13'];
const registerOrg = (organizationId: string) => ({ type: 'RegisterOrganization' as const, data: { organizationId, name: 'Migration Service', acronym: 'MS', kind: 'state_agency' as const, country: 'TJ', today: '2026-11-23' } });
const renameOrg = (organizationId: string, name: string) => ({ type: 'RenameOrganization' as const, data: { organizationId, name, today: '2026-11-23' } });

/** Three organisations of three events each: 9 events in all. */
async function threeStreams(events: InMemoryEventStore): Promise<void> {
  const writer = new AggregateStore(events);
  for (const org of ORGS) {
    await writer.create(ORGANIZATION, org, envelope(`${org}-1`), () => registerOrg(org));
    for (const name of ['Migration Agency', 'Migration Board']) await writer.update(ORGANIZATION, org, envelope(`${org}-${name}`), () => renameOrg(org, name));
  }
}

describe('FoldedStreams bound', () => {
  let events: InMemoryEventStore;
  let fromStart: string[];
  beforeEach(async () => {
    events = new InMemoryEventStore();
    await threeStreams(events);
    fromStart = [];
    const readStream = events.readStream.bind(events);
    events.readStream = (stream, from = 0, ...rest) => {
      if (from === 0) fromStart.push(stream);
      return readStream(stream, from, ...rest);
    };
  });

  it('holds at most the events it is given, dropping the stream used longest ago, which is then read again from its start', async () => {
    const folded = new FoldedStreams(events, 6);
    for (const org of ORGS) await folded.read(organizationStream(org), ORGANIZATION.decider);
    expect(folded.eventsHeld).toBe(6);
    expect(folded.peek(organizationStream(ORGS[0]))).toBeUndefined();
    expect(folded.peek(organizationStream(ORGS[2]))?.revision).toBe(2);

    fromStart.length = 0;
    const again = await folded.read(organizationStream(ORGS[0]), ORGANIZATION.decider);
    expect(fromStart).toEqual([organizationStream(ORGS[0])]);
    expect(again.revision).toBe(2);
    expect((again.state as { name?: string }).name).toBe('Migration Board');
    expect(folded.peek(organizationStream(ORGS[1]))).toBeUndefined();
  });

  it('keeps every stream under a bound that holds them all, each read from its start once', async () => {
    const folded = new FoldedStreams(events, 9);
    for (let round = 0; round < 2; round++) for (const org of ORGS) await folded.read(organizationStream(org), ORGANIZATION.decider);
    expect(folded.eventsHeld).toBe(9);
    expect(fromStart).toEqual(ORGS.map(organizationStream));
  });

  it('is bounded by FOLDED_STREAM_EVENTS when the write side is given the configuration', async () => {
    const store = new AggregateStore(events, undefined, { FOLDED_STREAM_EVENTS: 3 } as never);
    for (const org of ORGS) await store.update(ORGANIZATION, org, envelope(`${org}-again`), () => renameOrg(org, 'Migration Office'));
    fromStart.length = 0;
    // Only the last stream (4 events, more than the bound) could stay: none does, so the first is read from its start again.
    await store.update(ORGANIZATION, ORGS[0], envelope(`${ORGS[0]}-last`), () => renameOrg(ORGS[0], 'Migration Service'));
    expect(fromStart).toEqual([organizationStream(ORGS[0])]);
    expect(await events.readStream(organizationStream(ORGS[0]))).toHaveLength(5);
  });
});
