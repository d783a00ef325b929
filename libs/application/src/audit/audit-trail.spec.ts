import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type RecordedEvent } from '#event-store';
import { AggregateStore } from '../shared/aggregate-store.js';
import { PLAN } from '../shared/aggregates.js';
import type { CommandEnvelope } from '../shared/command-envelope.js';
import { eventHash, eventHashV2, GENESIS_HASH } from '../shared/hash-chain.js';
import { AuditChainVerifier, digestEvents, digestOfHeads, verifyEvents } from './audit-trail.js';
import { AuditTrail } from './audit-trail.service.js';

/** A stream of `count` events chained as AggregateStore chains them (hash-chain.ts). */
function stream(name: string, count: number, firstPosition = 1): RecordedEvent[] {
  const out: RecordedEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let revision = 0; revision < count; revision++) {
    const type = revision === 0 ? 'PlanDrafted' : 'ObjectiveAdded';
    const data = { n: revision, title: { en: `objective ${revision}` }, effectiveOn: '2016-01-01' };
    const metadata: Record<string, unknown> = { actor: { id: 't1', name: 'Secretariat' }, role: 'secretariat', recordedAt: '2024-05-01T10:00:00.000Z', prevHash };
    const hash = eventHash(prevHash, { stream: name, revision, type, data, metadata });
    out.push({ id: randomUUID(), stream: name, revision, position: String(firstPosition + revision), type, data, metadata: { ...metadata, hash } });
    prevHash = hash;
  }
  return out;
}

/** Two streams interleaved in position order, as readAll gives them. */
function log(): RecordedEvent[] {
  const a = stream('plan-a', 3);
  const b = stream('activity-b', 2);
  return [a[0], b[0], a[1], b[1], a[2]].map((e, i) => ({ ...e, position: String(i + 1) }));
}

const clone = <T>(value: T): T => structuredClone(value);
const at = (events: RecordedEvent[], streamName: string, revision: number) => events.find((e) => e.stream === streamName && e.revision === revision)!;

describe('verifyEvents (pure)', () => {
  it('an intact log is ok, with the number of streams and events', () => {
    expect(verifyEvents(log())).toEqual({ ok: true, streamsChecked: 2, eventsChecked: 5, failures: [], failureCount: 0 });
  });

  it('an empty log is ok', () => {
    expect(verifyEvents([])).toEqual({ ok: true, streamsChecked: 0, eventsChecked: 0, failures: [], failureCount: 0 });
  });

  it('changed data: hash_mismatch at exactly that stream and revision, and nothing else', () => {
    const events = clone(log());
    (at(events, 'plan-a', 1).data as { n: number }).n = 99;
    expect(verifyEvents(events)).toMatchObject({ ok: false, failures: [{ stream: 'plan-a', revision: 1, reason: 'hash_mismatch' }], failureCount: 1 });
  });

  it('a changed type, metadata field or nested value is a hash_mismatch too', () => {
    for (const change of [
      (e: RecordedEvent) => (e.type = 'PlanAdopted'),
      (e: RecordedEvent) => ((e.metadata.actor as { name: string }).name = 'someone else'),
      (e: RecordedEvent) => ((e.data as { title: { en: string } }).title.en = 'rewritten'),
      (e: RecordedEvent) => (e.metadata.recordedAt = '2024-05-02T10:00:00.000Z'),
    ]) {
      const events = clone(log());
      change(at(events, 'activity-b', 0));
      expect(verifyEvents(events).failures).toEqual([{ stream: 'activity-b', revision: 0, reason: 'hash_mismatch' }]);
    }
  });

  it('key order of the stored JSON does not matter (canonical JSON)', () => {
    const events = clone(log());
    const e = at(events, 'plan-a', 2);
    e.data = Object.fromEntries(Object.entries(e.data as object).reverse());
    e.metadata = Object.fromEntries(Object.entries(e.metadata).reverse());
    expect(verifyEvents(events).ok).toBe(true);
  });

  it('an event re-hashed after a change breaks the chain at the next revision', () => {
    const events = clone(log());
    const e = at(events, 'plan-a', 1);
    (e.data as { n: number }).n = 99;
    e.metadata.hash = eventHash(e.metadata.prevHash as string, { ...e, metadata: e.metadata });
    expect(verifyEvents(events).failures).toEqual([{ stream: 'plan-a', revision: 2, reason: 'broken_chain' }]);
  });

  it('revision 0 must chain to the genesis hash', () => {
    const events = clone(log());
    const e = at(events, 'activity-b', 0);
    e.metadata.prevHash = 'f'.repeat(64);
    e.metadata.hash = eventHash(e.metadata.prevHash as string, e);
    const failures = verifyEvents(events).failures;
    expect(failures).toContainEqual({ stream: 'activity-b', revision: 0, reason: 'broken_chain' });
    expect(failures).not.toContainEqual(expect.objectContaining({ reason: 'hash_mismatch' }));
  });

  it('a removed event is a missing_revision (and the chain is not judged across the gap)', () => {
    const events = log().filter((e) => !(e.stream === 'plan-a' && e.revision === 1));
    expect(verifyEvents(events)).toMatchObject({ ok: false, eventsChecked: 4, failures: [{ stream: 'plan-a', revision: 1, reason: 'missing_revision' }] });
  });

  it('a stream that does not start at 0 misses the revisions before', () => {
    const events = stream('plan-c', 3).slice(2);
    expect(verifyEvents(events).failures).toEqual([
      { stream: 'plan-c', revision: 0, reason: 'missing_revision' },
      { stream: 'plan-c', revision: 1, reason: 'missing_revision' },
    ]);
  });

  it('a revision seen twice is a duplicate_revision', () => {
    const events = log();
    events.push({ ...clone(at(events, 'plan-a', 1)), position: '6' });
    expect(verifyEvents(events).failures).toEqual([{ stream: 'plan-a', revision: 1, reason: 'duplicate_revision' }]);
  });

  it('an event without hash or prevHash is a missing_hash', () => {
    const events = clone(log());
    delete at(events, 'plan-a', 0).metadata.hash;
    expect(verifyEvents(events).failures).toContainEqual({ stream: 'plan-a', revision: 0, reason: 'missing_hash' });
  });

  it('keeps at most 1000 failures but counts them all', () => {
    const events = stream('plan-d', 1200).map((e) => ({ ...e, metadata: { ...e.metadata, hash: 'x' } }));
    const report = verifyEvents(events);
    expect(report.failures).toHaveLength(1000);
    expect(report.failureCount).toBeGreaterThan(1000);
  });
});

describe('chain versions (pure)', () => {
  /** Chains `events` on from `prevHash` under version 2, as AggregateStore writes them. */
  function v2(events: RecordedEvent[], prevHash: string): RecordedEvent[] {
    return events.map((e) => {
      const { hash: _old, ...rest } = e.metadata;
      const metadata = { ...rest, chainVersion: 2, prevHash };
      const hash = eventHashV2(prevHash, { ...e, metadata, recordedAt: '2024-05-01T10:00:00.000000Z' });
      prevHash = hash;
      return { ...e, metadata: { ...metadata, hash } };
    });
  }

  it('a stream may go on from version 1 to version 2: the chain continues', () => {
    const [a, b, c] = stream('plan-m', 3);
    const events = [a, b, ...v2([c], b.metadata.hash as string)];
    expect(verifyEvents(events)).toMatchObject({ ok: true, eventsChecked: 3 });
  });

  it('a version 2 hash covers the event id: a changed id is a hash_mismatch (version 1 did not see it)', () => {
    const events = v2(stream('plan-n', 2), GENESIS_HASH);
    expect(verifyEvents(events).ok).toBe(true);
    const v1 = stream('plan-n', 2);
    expect(verifyEvents(v1.map((e) => ({ ...e, id: randomUUID() }))).ok).toBe(true);
    expect(verifyEvents(events.map((e, i) => (i === 1 ? { ...e, id: randomUUID() } : e))).failures).toEqual([{ stream: 'plan-n', revision: 1, reason: 'hash_mismatch' }]);
  });

  it('the recorded time a store keeps of its own is covered: one microsecond off is a hash_mismatch', () => {
    const events = v2(stream('plan-t', 1), GENESIS_HASH);
    expect(verifyEvents([{ ...events[0], recordedAt: '2024-05-01T10:00:00.000000Z' }]).ok).toBe(true);
    expect(verifyEvents([{ ...events[0], recordedAt: '2024-05-01T10:00:00.000001Z' }]).failures).toEqual([{ stream: 'plan-t', revision: 0, reason: 'hash_mismatch' }]);
  });

  it('a stored number that is not canonical (1e-400, which JSON.parse reads as 0) is reported as such, and changes the digest', () => {
    const events = v2(stream('plan-x', 1), GENESIS_HASH);
    const storedJson = (n: string) => ({ data: JSON.stringify(events[0].data).replace('"n":0', `"n":${n}`), metadata: JSON.stringify(events[0].metadata) });
    expect(verifyEvents([{ ...events[0], storedJson: storedJson('0') }]).ok).toBe(true);
    const tampered = [{ ...events[0], storedJson: storedJson('1e-400') }];
    expect(verifyEvents(tampered).failures).toEqual([{ stream: 'plan-x', revision: 0, reason: 'non_canonical_number' }]);
    expect(digestEvents(tampered).digest).not.toBe(digestEvents(events).digest);
  });

  it('an unknown chain version, or version 1 after version 2 in a stream, is reported', () => {
    const [a, b] = v2(stream('plan-u', 2), GENESIS_HASH);
    const unknown = { ...b, metadata: { ...b.metadata, chainVersion: 3 } };
    expect(verifyEvents([a, unknown]).failures).toContainEqual({ stream: 'plan-u', revision: 1, reason: 'unknown_chain_version' });
    const { chainVersion: _v, hash: _h, ...rest } = b.metadata;
    const downgraded = { ...b, metadata: { ...rest, hash: eventHash(a.metadata.hash as string, { ...b, metadata: rest }) } };
    expect(verifyEvents([a, downgraded]).failures).toEqual([{ stream: 'plan-u', revision: 1, reason: 'chain_version_downgrade' }]);
  });
});

describe('the digest over stream heads (pure)', () => {
  it('is sha256 over "<stream> <revision> <hash>\\n" lines sorted by stream name, heads as stored on an intact log', () => {
    const events = log();
    const d = digestEvents(events);
    expect(d).toMatchObject({ streams: 2, events: 5, position: '5', digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const heads = [at(events, 'activity-b', 1), at(events, 'plan-a', 2)].map((e) => ({ stream: e.stream, revision: e.revision, hash: e.metadata.hash as string }));
    expect(d.digest).toBe(digestOfHeads(heads));
    expect(digestOfHeads([...heads].reverse())).toBe(d.digest);
  });

  it('is stable: the same log, read again or with keys reordered, gives the same digest', () => {
    const first = digestEvents(log()).digest;
    expect(digestEvents(log()).digest).toBe(first);
    const reordered = clone(log()).map((e) => ({ ...e, data: Object.fromEntries(Object.entries(e.data as object).reverse()) }));
    expect(digestEvents(reordered).digest).toBe(first);
  });

  it('changes when any event changes, even a middle one whose stored hashes were left alone', () => {
    const base = digestEvents(log()).digest;
    const seen = new Set([base]);
    for (const [streamName, revision] of [['plan-a', 0], ['plan-a', 1], ['plan-a', 2], ['activity-b', 0], ['activity-b', 1]] as const) {
      const events = clone(log());
      (at(events, streamName, revision).data as { n: number }).n += 1000;
      const changed = digestEvents(events).digest;
      expect(seen.has(changed)).toBe(false);
      seen.add(changed);
    }
  });

  it('changes when an event is added or the last one removed', () => {
    const base = digestEvents(log()).digest;
    expect(digestEvents(log().slice(0, 4)).digest).not.toBe(base);
    const longer = [...log(), { ...stream('plan-a', 4)[3], position: '6' }];
    expect(verifyEvents(longer).ok).toBe(true);
    expect(digestEvents(longer).digest).not.toBe(base);
  });

  it('the streaming verifier gives the same answer page by page as all at once', () => {
    const verifier = new AuditChainVerifier();
    const events = log();
    for (const e of events.slice(0, 2)) verifier.add(e);
    for (const e of events.slice(2)) verifier.add(e);
    expect(verifier.digest()).toEqual(digestEvents(events));
    expect(verifier.report()).toEqual(verifyEvents(events));
  });
});

describe('AuditTrail over an event store, on events written by AggregateStore', () => {
  const envelope = (n: number): CommandEnvelope => ({
    commandId: randomUUID(),
    correlationId: `corr-${n}`,
    causationId: `cause-${n}`,
    actor: { id: 'token-1', name: 'Secretariat desk', role: 'secretariat', organizationId: null },
    today: '2024-05-01',
    recordedAt: new Date(Date.UTC(2024, 4, 1, 10, 0, n)),
  });

  async function seeded(plans: number) {
    const store = new InMemoryEventStore();
    const aggregates = new AggregateStore(store);
    for (let p = 0; p < plans; p++) {
      const planId = randomUUID();
      await aggregates.create(PLAN, planId, envelope(p), () => ({
        type: 'DraftPlan' as const,
        data: { planId, code: `TJ-${p}`, title: { en: `Plan ${p}` }, periodStart: '2015-01-01', periodEnd: '2020-12-31', today: '2024-05-01', effectiveOn: '2014-12-01' },
      }));
      for (let o = 0; o < 2; o++) {
        await aggregates.update(PLAN, planId, envelope(10 + o), () => ({
          type: 'AddObjective' as const,
          data: { planId, objectiveId: randomUUID(), code: String(o + 1), titles: { en: `Objective ${o + 1}` }, today: '2024-05-01' },
        }));
      }
    }
    return store;
  }

  it('verifies what the write side chained, across several readAll pages', async () => {
    const store = await seeded(400); // 1,200 events: two pages of readAll
    const trail = new AuditTrail(store);
    expect(await trail.verify()).toEqual({ ok: true, streamsChecked: 400, eventsChecked: 1200, failures: [], failureCount: 0 });
    const digest = await trail.digest();
    expect(digest).toMatchObject({ streams: 400, events: 1200, position: '1200' });
    expect(await trail.digest()).toEqual(digest);
  });

  it('a digest at an earlier position is the digest the log had then, however many events came after', async () => {
    const store = await seeded(3);
    const all = await store.readAll(null, 100);
    const trail = new AuditTrail(store);
    expect(await trail.digest(all[4].position)).toEqual(digestEvents(all.slice(0, 5)));
    expect(await trail.digest(all[4].position)).not.toEqual(await trail.digest());
    expect(await trail.digest('999999')).toEqual(await trail.digest());
  });

  it('writes version 2: chainVersion in the metadata, the hash over the event id and recorded time', async () => {
    const store = await seeded(1);
    const [first] = await store.readAll(null, 1);
    expect(first.metadata).toMatchObject({ chainVersion: 2, prevHash: GENESIS_HASH, recordedAt: '2024-05-01T10:00:00.000Z' });
    expect(first.metadata.hash).toBe(eventHashV2(GENESIS_HASH, { ...first, recordedAt: '2024-05-01T10:00:00.000000Z' }));
  });

  it('the digest is the one of the events it read', async () => {
    const store = await seeded(3);
    const all = await store.readAll(null, 100);
    expect((await new AuditTrail(store).digest()).digest).toBe(digestEvents(all).digest);
  });
});

describe('incremental verification (AuditTrail.verifyAndDigest)', () => {
  /** The in-memory store, with a hook to change what readAll answers (a stored event rewritten). */
  function tamperable(inner: InMemoryEventStore) {
    let change = (e: RecordedEvent) => e;
    const store = Object.assign(Object.create(inner) as InMemoryEventStore, {
      readAll: async (after: string | null, limit: number) => (await inner.readAll(after, limit)).map((e) => change(e)),
    });
    return { store, tamper: (f: (e: RecordedEvent) => RecordedEvent) => (change = f) };
  }

  async function append(store: InMemoryEventStore, name: string, count: number) {
    for (const e of stream(name, count)) await store.append(name, [{ id: e.id, type: e.type, data: e.data, metadata: e.metadata }], e.revision === 0 ? 'no_stream' : e.revision - 1);
  }

  it('reads only what was appended since the last call and answers for the whole log as a full run does', async () => {
    const store = new InMemoryEventStore();
    await append(store, 'plan-a', 3);
    const trail = new AuditTrail(store);
    expect(await trail.verifyAndDigest()).toMatchObject({ mode: 'incremental', ok: true, eventsChecked: 3, newEventsChecked: 3 });
    await append(store, 'plan-b', 2);
    const second = await trail.verifyAndDigest();
    expect(second).toMatchObject({ mode: 'incremental', ok: true, streamsChecked: 2, eventsChecked: 5, newEventsChecked: 2 });
    const full = await new AuditTrail(store).verifyAndDigest({ full: true });
    expect(full).toEqual({ ...second, mode: 'full', newEventsChecked: 5 });
    expect((await trail.verifyAndDigest()).newEventsChecked).toBe(0);
  });

  it('does not see an event changed after it verified it; a full run does, and the incremental check keeps reporting it after', async () => {
    const inner = new InMemoryEventStore();
    await append(inner, 'plan-a', 3);
    const { store, tamper } = tamperable(inner);
    const trail = new AuditTrail(store);
    const before = await trail.verifyAndDigest();
    tamper((e) => (e.stream === 'plan-a' && e.revision === 1 ? { ...e, data: { ...(e.data as object), n: 99 } } : e));
    expect(await trail.verifyAndDigest()).toMatchObject({ ok: true, digest: before.digest, newEventsChecked: 0 });
    expect(await trail.verify()).toMatchObject({ ok: false, failures: [{ stream: 'plan-a', revision: 1, reason: 'hash_mismatch' }] });
    const full = await trail.verifyAndDigest({ full: true });
    expect(full).toMatchObject({ mode: 'full', ok: false, failures: [{ stream: 'plan-a', revision: 1, reason: 'hash_mismatch' }] });
    expect(full.digest).not.toBe(before.digest);
    expect(await trail.verifyAndDigest()).toMatchObject({ mode: 'incremental', ok: false, digest: full.digest, failureCount: 1 });
  });

  it('catches a changed event it had not read yet', async () => {
    const inner = new InMemoryEventStore();
    await append(inner, 'plan-a', 2);
    const { store, tamper } = tamperable(inner);
    const trail = new AuditTrail(store);
    await trail.verifyAndDigest();
    await append(inner, 'plan-b', 2);
    tamper((e) => (e.stream === 'plan-b' && e.revision === 0 ? { ...e, type: 'PlanAdopted' } : e));
    expect(await trail.verifyAndDigest()).toMatchObject({ ok: false, newEventsChecked: 2, failures: [{ stream: 'plan-b', revision: 0, reason: 'hash_mismatch' }] });
  });

  it('concurrent calls take turns: every event is read once', async () => {
    const store = new InMemoryEventStore();
    await append(store, 'plan-a', 50);
    const trail = new AuditTrail(store);
    const answers = await Promise.all(Array.from({ length: 5 }, () => trail.verifyAndDigest()));
    expect(answers.map((a) => a.newEventsChecked).reduce((x, y) => x + y)).toBe(50);
    expect(answers.every((a) => a.ok && a.eventsChecked === 50)).toBe(true);
  });
});
