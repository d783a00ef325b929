import * as grpc from '@grpc/grpc-js';
import { ServerFeaturesService, StreamsService } from './pb.js';
import { EventLog } from './log.js';
import { Subscriptions } from './subscriptions.js';
import { readHandler } from './read.js';
import { appendHandler, batchAppendHandler } from './append.js';
import { deleteHandler, tombstoneHandler } from './delete.js';
import { supportedMethodsHandler } from './features.js';

export interface EsdbDoubleOptions {
  /** 0 (the default) picks a free port; a restart reuses the port first bound. */
  port?: number;
  host?: string;
  /** Advertise and serve BatchAppend (the production path, default); false makes the client use Append. */
  batchAppend?: boolean;
}

export interface EsdbDouble {
  /** Connection string for `EventStoreDBClient.connectionString`, e.g. `esdb://127.0.0.1:2113?tls=false`. */
  readonly url: string;
  readonly port: number;
  /** The stored records, for assertions. Survives stop/start. */
  readonly log: EventLog;
  readonly running: boolean;
  /** The server goes away: every connection and call is dropped at once. The data is kept. */
  stop(): Promise<void>;
  /** Listens again on the same port with the same data. */
  start(): Promise<void>;
}

/**
 * An in-memory, wire-level EventStoreDB test double: a real gRPC server speaking the protocol of the
 * services shipped in @eventstore/db-client, with the server's semantics (see esdb-protocol.md).
 */
export async function createEsdbDouble(options: EsdbDoubleOptions = {}): Promise<EsdbDouble> {
  const host = options.host ?? '127.0.0.1';
  const batchAppend = options.batchAppend ?? true;
  const log = new EventLog();
  const subscriptions = new Subscriptions(log);
  let port = options.port ?? 0;
  let server: grpc.Server | undefined;

  const start = async () => {
    if (server) return;
    const s = new grpc.Server();
    s.addService(StreamsService, {
      read: readHandler(log, subscriptions),
      append: appendHandler(log),
      delete: deleteHandler(log),
      tombstone: tombstoneHandler(log),
      // Without it grpc-js answers UNIMPLEMENTED, as a server without BatchAppend would.
      ...(batchAppend ? { batchAppend: batchAppendHandler(log) } : {}),
    });
    s.addService(ServerFeaturesService, { getSupportedMethods: supportedMethodsHandler(batchAppend) });
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
    get running() {
      return server !== undefined;
    },
    stop,
    start,
  };
}
