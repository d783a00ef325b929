import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { EventStoreDBClient, NotLeaderError, jsonEvent } from '@eventstore/db-client';
import { EventStoreUnavailableError, type EventToAppend, type RecordedEvent, type Subscription } from '#event-store';
import { EventStoreDbEventStore } from '#event-store/esdb';
import { aPlan } from '../support/builders.js';
import { startTestApp } from '../support/test-app.js';
import { createEsdbCluster, type EsdbCluster } from './cluster.js';
import { eventually } from './wait.js';

const PREFIXES = ['plan-', 'activity-'];
const FAST_RETRY = { initialDelayMs: 20, maxDelayMs: 200 };
// Discovery gives up quickly when no seed answers (the client's defaults: 10 attempts 100 ms apart).
const QUICK_DISCOVERY = 'maxDiscoverAttempts=3&discoveryInterval=20&gossipTimeout=1';
const batch = (n: number): EventToAppend[] => Array.from({ length: n }, (_, i) => ({ id: randomUUID(), type: 'ActivityProgressReported', data: { i }, metadata: {} }));
const appendsOn = (cluster: EsdbCluster, node: number) => cluster.nodes[node].calls.append + cluster.nodes[node].calls.batchAppend;

jest.setTimeout(60_000);

describe('EventStoreDbEventStore over a three-node cluster of doubles', () => {
  let cluster: EsdbCluster;
  let store: EventStoreDbEventStore | undefined;
  const subscriptions: Subscription[] = [];
  const connect = (url: string) => {
    store = new EventStoreDbEventStore({ connectionString: url, streamPrefixes: PREFIXES, retry: FAST_RETRY, pingTimeoutMs: 2_000 });
    return store;
  };
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.stop()));
    await store?.close();
    store = undefined;
    await cluster.stop();
  });

  it('a follower serves calls that do not ask for the leader (writes forwarded, as the server does) and refuses those that do, naming the leader', async () => {
    cluster = await createEsdbCluster({ leader: 0 });
    // A client per call: after not-leader a client moves to the leader, and BatchAppend is one long call
    // per client whose headers (requires-leader) are those of its first append.
    const clients = [0, 1, 2].map(() => EventStoreDBClient.connectionString(cluster.nodes[1].url));
    const [plain, appender, reader] = clients;
    try {
      const s = `plan-${randomUUID()}`;
      await expect(plain.appendToStream(s, [jsonEvent({ type: 'T', data: {} })])).resolves.toMatchObject({ success: true });
      expect(cluster.log.eventsOf(s)).toHaveLength(1);
      const refused = appender.appendToStream(s, [jsonEvent({ type: 'T', data: {} })], { requiresLeader: true });
      await expect(refused).rejects.toBeInstanceOf(NotLeaderError);
      await expect(refused).rejects.toMatchObject({ leader: { address: '127.0.0.1', port: cluster.nodes[0].port } });
      expect(cluster.log.eventsOf(s)).toHaveLength(1);
      const read = async () => {
        for await (const _ of reader.readStream(s, { requiresLeader: true }));
      };
      await expect(read()).rejects.toBeInstanceOf(NotLeaderError);
      expect(cluster.nodes[1].notLeaderAnswers).toBe(2);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it.each([
    ['every node as a seed (docker-compose.cluster.yml)', 'url'],
    ['esdb+discover through one seed', 'discoverUrl'],
  ] as const)('finds the leader by gossip, %s, and appends and reads there', async (_how, key) => {
    cluster = await createEsdbCluster({ leader: 2 });
    const events = connect(`${cluster[key]}&${QUICK_DISCOVERY}`);
    const s = `plan-${randomUUID()}`;
    await expect(events.append(s, batch(2), 'no_stream')).resolves.toMatchObject({ revision: 1 });
    expect((await events.readStream(s)).map((e) => e.revision)).toEqual([0, 1]);
    expect(cluster.nodes.reduce((sum, node) => sum + node.calls.gossip, 0)).toBeGreaterThan(0);
    expect([appendsOn(cluster, 0), appendsOn(cluster, 1), appendsOn(cluster, 2)]).toEqual([0, 0, 1]);
    expect(cluster.nodes[0].calls.read + cluster.nodes[1].calls.read).toBe(0);
  });

  it('follows a leader change: the old leader refuses, the adapter goes on at the new one, and so does the subscription', async () => {
    cluster = await createEsdbCluster({ leader: 0 });
    const events = connect(`${cluster.url}&${QUICK_DISCOVERY}`);
    const s = `activity-${randomUUID()}`;
    const received: RecordedEvent[] = [];
    const errors: unknown[] = [];
    subscriptions.push(events.subscribeAll(null, async (batch) => void received.push(...batch), { onError: (e) => errors.push(e) }));
    await events.append(s, batch(3), 'no_stream');
    await eventually(() => received.length === 3, 'the first 3 events');

    // An election: node 1 leads; node 0, which the client is connected to, now follows.
    cluster.electLeader(1);
    await expect(events.append(s, batch(2), 2)).resolves.toMatchObject({ revision: 4 });
    expect(cluster.nodes[0].notLeaderAnswers).toBeGreaterThan(0);
    expect(appendsOn(cluster, 1)).toBeGreaterThan(0);
    const readsOnNode1 = cluster.nodes[1].calls.read;
    expect((await events.readStream(s)).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(cluster.nodes[1].calls.read).toBeGreaterThan(readsOnNode1);

    // The new leader dies and node 2 is elected: calls may fail (unavailable) until the client rediscovers.
    cluster.electLeader(2);
    await cluster.nodes[1].stop();
    const more = batch(1);
    await eventually(
      () =>
        events.append(s, more, 4).then(
          () => true,
          (error) => {
            if (!(error instanceof EventStoreUnavailableError)) throw error;
            return false;
          },
        ),
      'an append once the client has found node 2',
    );
    expect(appendsOn(cluster, 2)).toBeGreaterThan(0);

    await eventually(() => received.length >= 6, 'all 6 events through the subscription');
    expect(received.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(errors.every((e) => e instanceof EventStoreUnavailableError)).toBe(true);
  });

  it('answers EventStoreUnavailableError when no node answers gossip, and works once they are back', async () => {
    cluster = await createEsdbCluster();
    const events = connect(`${cluster.url}&${QUICK_DISCOVERY}`);
    const s = `plan-${randomUUID()}`;
    await cluster.stop();
    await expect(events.ping()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(events.append(s, batch(1), 'no_stream')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(events.readStream(s)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(events.headPosition()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    const errors: unknown[] = [];
    subscriptions.push(events.subscribeAll(null, async () => undefined, { onError: (e) => errors.push(e) }));
    await eventually(() => errors.length > 0, 'the subscription reporting the failure');
    expect(errors[0]).toBeInstanceOf(EventStoreUnavailableError);

    await Promise.all(cluster.nodes.map((node) => node.start()));
    await eventually(
      () =>
        events.ping().then(
          () => true,
          () => false,
        ),
      'ping once the nodes are back',
    );
    await expect(events.append(s, batch(1), 'no_stream')).resolves.toMatchObject({ revision: 0 });
  });

  it('the API answers 503 SERVICE_UNAVAILABLE while no node of the cluster can be found', async () => {
    cluster = await createEsdbCluster();
    const app = await startTestApp({ EVENTSTORE_URL: `${cluster.url}&${QUICK_DISCOVERY}` });
    try {
      await app.http.post('/plans').send(aPlan()).expect(201);
      await cluster.stop();
      // The first call fails on the lost connection; the next ones on the discovery that follows.
      for (let i = 0; i < 3; i++) {
        const response = await app.http.post('/plans').send(aPlan());
        expect(response.status).toBe(503);
        expect(response.body).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      await app.close();
    }
  });
});
