import { organizationStream } from '#domain';
import { InMemoryEventStore } from '#event-store';
import { AggregateStore } from './aggregate-store.js';
import { ORGANIZATION } from './aggregates.js';
import type { CommandEnvelope } from './command-envelope.js';
import { idempotencyClaim, IdempotencyKeyReusedError } from './idempotency.js';

const ORG = '0f5e7a52-5a0c-4c55-9d57-1f0b8f2f6a11';
const register = (name: string) => ({ type: 'RegisterOrganization' as const, data: { organizationId: ORG, name, acronym: 'MS', kind: 'state_agency' as const, country: 'TJ', today: '2026-11-23' } });
const rename = (name: string) => ({ type: 'RenameOrganization' as const, data: { organizationId: ORG, name, today: '2026-11-23' } });
/** Every envelope here carries the same key, as a client reusing it would send. */
const envelope = (path: string, body: unknown): CommandEnvelope => ({
  commandId: `key-1 ${path}`,
  idempotency: idempotencyClaim('token-1', 'key-1', { method: 'POST', path, body }),
  correlationId: 'c',
  causationId: 'c',
  actor: { id: 'token-1', name: 'Secretariat', role: 'secretariat', organizationId: null },
  today: '2026-11-23',
  recordedAt: new Date('2026-11-23T10:00:00Z'),
});

describe('Idempotency-Key claims', () => {
  let events: InMemoryEventStore;
  let store: AggregateStore;
  beforeEach(() => {
    events = new InMemoryEventStore();
    store = new AggregateStore(events);
  });

  it('digests the body canonically: the order of keys does not matter, a value does', () => {
    const a = idempotencyClaim('t', 'k', { method: 'post', path: '/x', body: { a: 1, b: { c: 2, d: 3 } } });
    expect(idempotencyClaim('t', 'k', { method: 'POST', path: '/x', body: { b: { d: 3, c: 2 }, a: 1 } })).toEqual(a);
    expect(idempotencyClaim('t', 'k', { method: 'POST', path: '/x', body: { a: 1, b: { c: 2, d: 4 } } }).request).not.toBe(a.request);
    expect(idempotencyClaim('t', 'k', { method: 'POST', path: '/y', body: { a: 1, b: { c: 2, d: 3 } } }).request).not.toBe(a.request);
    expect(idempotencyClaim('t2', 'k', { method: 'POST', path: '/x', body: { a: 1, b: { c: 2, d: 3 } } }).key).not.toBe(a.key);
  });

  it('answers the same request again from the first result, appending once', async () => {
    const first = await store.create(ORGANIZATION, ORG, envelope('/organizations', { name: 'A' }), () => register('A'));
    const again = await store.create(ORGANIZATION, ORG, envelope('/organizations', { name: 'A' }), () => register('A'));
    expect(again).toEqual(first);
    expect(await events.readStream(organizationStream(ORG))).toHaveLength(1);
  });

  it('refuses another body under the same key, appending nothing', async () => {
    await store.create(ORGANIZATION, ORG, envelope('/organizations', { name: 'A' }), () => register('A'));
    await expect(store.create(ORGANIZATION, ORG, envelope('/organizations', { name: 'B' }), () => register('B'))).rejects.toThrow(IdempotencyKeyReusedError);
    expect(await events.readStream(organizationStream(ORG))).toHaveLength(1);
  });

  it('refuses the key on another path of the same stream', async () => {
    await store.create(ORGANIZATION, ORG, envelope('/organizations', { name: 'A' }), () => register('A'));
    await expect(store.update(ORGANIZATION, ORG, envelope(`/organizations/${ORG}/rename`, { name: 'B' }), () => rename('B'))).rejects.toThrow(IdempotencyKeyReusedError);
  });

  it('lets exactly one of two different requests racing under one key through; the other is refused, not taken for a retry', async () => {
    await store.create(ORGANIZATION, ORG, { ...envelope('/organizations', {}), idempotency: undefined, commandId: 'plain' }, () => register('A'));
    const results = await Promise.allSettled(['B', 'C'].map((name) => store.update(ORGANIZATION, ORG, envelope(`/organizations/${ORG}/rename`, { name }), () => rename(name))));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyKeyReusedError);
    expect(await events.readStream(organizationStream(ORG))).toHaveLength(2);
  });

  it('stores the claim in every event it appends', async () => {
    const claimed = envelope('/organizations', { name: 'A' });
    await store.create(ORGANIZATION, ORG, claimed, () => register('A'));
    const [stored] = await events.readStream(organizationStream(ORG));
    expect(stored.metadata.idempotency).toEqual(claimed.idempotency);
  });
});
