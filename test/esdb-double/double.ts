import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { GossipService, ServerFeaturesService, StreamsService } from './pb.js';
import { EventLog } from './log.js';
import { Subscriptions } from './subscriptions.js';
import type { From } from './queries.js';
import { readHandler } from './read.js';
import { appendHandler, batchAppendHandler } from './append.js';
import { deleteHandler, tombstoneHandler } from './delete.js';
import { supportedMethodsHandler } from './features.js';
import { DEFAULT_MAX_APPEND_SIZE } from './append-size.js';
import { gossipHandler, type Member } from './gossip.js';
import { notLeaderRefusal, type LeaderOf } from './leadership.js';

export interface EsdbDoubleOptions {
  /** 0 (the default) picks a free port; a restart reuses the port first bound. */
  port?: number;
  host?: string;
  /** Advertise and serve BatchAppend (the production path, default); false makes the client use Append. */
  batchAppend?: boolean;
  /** The server's MaxAppendSize in bytes (default 1 MiB, as the server's): larger appends are refused. */
  maxAppendSize?: number;
}

export type Rpc = 'read' | 'append' | 'batchAppend' | 'delete' | 'tombstone' | 'getSupportedMethods' | 'gossip';

export interface EsdbDouble {
  /** Connection string for `EventStoreDBClient.connectionString`, e.g. `esdb://127.0.0.1:2113?tls=false`. */
  readonly url: string;
  readonly port: number;
  /** The stored records, for assertions. Survives stop/start. */
  readonly log: EventLog;
  readonly running: boolean;
  /** How many calls each RPC has received, e.g. to tell the BatchAppend path from the Append one. */
  readonly calls: Readonly<Record<Rpc, number>>;
  /** How many calls (or BatchAppend writes) this node refused as a follower asked for the leader. */
  readonly notLeaderAnswers: number;
  /** The node's instance id in gossip. */
  readonly instanceId: string;
  /** Where each subscription to $all asked to start ('start', 'end' or a position), oldest first. */
  readonly allSubscriptionStarts: readonly From[];
  /** The server goes away: every connection and call is dropped at once. The data is kept. */
  stop(): Promise<void>;
  /** Listens again on the same port with the same data. */
  start(): Promise<void>;
}

/** How a node of a cluster sees the others (cluster.ts); a lone double leads and is its only member. */
export interface ClusterView {
  log: EventLog;
  leaderOf: LeaderOf;
  members(): Member[];
}

/**
 * An in-memory, wire-level EventStoreDB test double: a real gRPC server speaking the protocol of the
 * services shipped in @eventstore/db-client, with the server's semantics (see esdb-protocol.md).
 */
export async function createEsdbDouble(options: EsdbDoubleOptions = {}, cluster?: ClusterView): Promise<EsdbDouble> {
  const host = options.host ?? '127.0.0.1';
  const batchAppend = options.batchAppend ?? true;
  const maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
  const instanceId = randomUUID();
  const log = cluster?.log ?? new EventLog();
  const subscriptions = new Subscriptions(log);
  let port = options.port ?? 0;
  let server: grpc.Server | undefined;
  const calls: Record<Rpc, number> = { read: 0, append: 0, batchAppend: 0, delete: 0, tombstone: 0, getSupportedMethods: 0, gossip: 0 };
  let notLeaderAnswers = 0;
  const leaderGate = (metadata: grpc.Metadata) => {
    const refusal = cluster ? notLeaderRefusal(metadata, cluster.leaderOf) : undefined;
    if (refusal) notLeaderAnswers++;
    return refusal;
  };
  const members = () => cluster?.members() ?? [{ instanceId, role: 'leader' as const, alive: server !== undefined, host, port }];
  const counted =
    <A extends unknown[]>(rpc: Rpc, handler: (...args: A) => void) =>
    (...args: A) => {
      calls[rpc]++;
      handler(...args);
    };

  const start = async () => {
    if (server) return;
    const s = new grpc.Server();
    s.addService(StreamsService, {
      read: counted('read', readHandler(log, subscriptions, leaderGate)),
      append: counted('append', appendHandler(log, maxAppendSize, leaderGate)),
      delete: counted('delete', deleteHandler(log, leaderGate)),
      tombstone: counted('tombstone', tombstoneHandler(log, leaderGate)),
      // Without it grpc-js answers UNIMPLEMENTED, as a server without BatchAppend would.
      ...(batchAppend ? { batchAppend: counted('batchAppend', batchAppendHandler(log, maxAppendSize, leaderGate)) } : {}),
    });
    s.addService(GossipService, { read: counted('gossip', gossipHandler(members)) });
    s.addService(ServerFeaturesService, { getSupportedMethods: counted('getSupportedMethods', supportedMethodsHandler(batchAppend)) });
    port = await new Promise<number>((resolve, reject) =>
      s.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    server = s;
  };

  const stop = async () => {
    const s = server;
    server = undefined;
    if (!s) return;
    s.forceShutdown();
    subscriptions.closeAll();
  };

  await start();
  return {
    get url() {
      return `esdb://${host}:${port}?tls=false`;
    },
    get port() {
      return port;
    },
    log,
    calls,
    instanceId,
    get notLeaderAnswers() {
      return notLeaderAnswers;
    },
    allSubscriptionStarts: subscriptions.allStarts,
    get running() {
      return server !== undefined;
    },
    stop,
    start,
  };
}
