import { organizationStream } from '#domain';
import { InMemoryEventStore } from '#event-store';
import { AggregateStore } from './aggregate-store.js';
import { ORGANIZATION } from './aggregates.js';
import type { CommandEnvelope } from './command-envelope.js';
import { FoldedStreams } from './folded-streams.js';

const ORGS = ['0f5e7a52-5a0c-4c55-9d57-1f0b8f2f6a11', '1a2b3c4d-5a0c-4c55-9d57-1f0b8f2f6a12', '2b3c4d5e-5a0c-4c55-9d57-1f0b8f2f6a13'];
const envelope = (commandId: string): CommandEnvelope => ({
  commandId,
  correlationId: commandId,
  causationId: commandId,
  actor: { id: 'token-1', name: 'Secretariat', role: 'secretariat', organizationId: null },
  today: '2026-11-23',
  recordedAt: new Date('2026-11-23T10:00:00Z'),
});
const register = (organizationId: string) => ({ type: 'RegisterOrganization' as const, data: { organizationId, name: 'Migration Service', acronym: 'MS', kind: 'state_agency' as const, country: 'TJ', today: '2026-11-23' } });
const rename = (organizationId: string, name: string) => ({ type: 'RenameOrganization' as const, data: { organizationId, name, today: '2026-11-23' } });

/** Three organisations of three events each: 9 events in all. */
async function threeStreams(events: InMemoryEventStore): Promise<void> {
  const writer = new AggregateStore(events);
  for (const org of ORGS) {
    await writer.create(ORGANIZATION, org, envelope(`${org}-1`), () => register(org));
    for (const name of ['Migration Agency', 'Migration Board']) await writer.update(ORGANIZATION, org, envelope(`${org}-${name}`), () => rename(org, name));
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
    for (const org of ORGS) await store.update(ORGANIZATION, org, envelope(`${org}-again`), () => rename(org, 'Migration Office'));
    fromStart.length = 0;
    // Only the last stream (4 events, more than the bound) could stay: none does, so the first is read from its start again.
    await store.update(ORGANIZATION, ORGS[0], envelope(`${ORGS[0]}-last`), () => rename(ORGS[0], 'Migration Service'));
    expect(fromStart).toEqual([organizationStream(ORGS[0])]);
    expect(await events.readStream(organizationStream(ORGS[0]))).toHaveLength(5);
  });
});
