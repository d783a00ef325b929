import { EventLog } from './log.js';
import { createEsdbDouble, type EsdbDouble, type EsdbDoubleOptions } from './double.js';
import type { Member } from './gossip.js';

export interface EsdbClusterOptions extends Omit<EsdbDoubleOptions, 'port'> {
  /** Nodes in the cluster (default 3). */
  size?: number;
  /** Which node leads at first (default 0). */
  leader?: number;
  /** One port per node (default: free ports). */
  ports?: number[];
}

export interface EsdbCluster {
  /** The nodes, each a gRPC server on its own port; stop and start them one by one. */
  readonly nodes: readonly EsdbDouble[];
  /** The one log every node serves: replication is instant in the double. */
  readonly log: EventLog;
  /** Every node as a gossip seed, like docker/docker-compose.cluster.yml: `esdb://h:p1,h:p2,h:p3?tls=false`. */
  readonly url: string;
  /** DNS-style discovery through one seed's gossip: `esdb+discover://h:p1?tls=false`. */
  readonly discoverUrl: string;
  /** Index of the leading node. */
  readonly leader: number;
  /** An election: node `index` leads, every other node follows (a leader that loses becomes a follower). */
  electLeader(index: number): void;
  /** Every node goes away. */
  stop(): Promise<void>;
}

/**
 * A cluster of doubles over one shared log. Every node answers gossip with all members (their state,
 * liveness and endpoint). Followers serve reads and take writes, as the server forwards them to the
 * leader, unless the call asks for the leader (`requires-leader: true`): then they answer not-leader
 * with the leader's endpoint, and the client reconnects there.
 */
export async function createEsdbCluster(options: EsdbClusterOptions = {}): Promise<EsdbCluster> {
  const size = options.size ?? 3;
  const host = options.host ?? '127.0.0.1';
  const log = new EventLog();
  let leader = options.leader ?? 0;
  const nodes: EsdbDouble[] = [];
  const members = (): Member[] =>
    nodes.map((node, i) => ({ instanceId: node.instanceId, role: i === leader ? 'leader' : 'follower', alive: node.running, host, port: node.port }));
  for (let i = 0; i < size; i++) {
    const view = { log, members, leaderOf: () => (leader === i ? ('self' as const) : { host, port: nodes[leader].port }) };
    nodes.push(await createEsdbDouble({ ...options, host, port: options.ports?.[i] ?? 0 }, view));
  }
  const seeds = nodes.map((node) => `${host}:${node.port}`);
  return {
    nodes,
    log,
    url: `esdb://${seeds.join(',')}?tls=false`,
    discoverUrl: `esdb+discover://${seeds[0]}?tls=false`,
    get leader() {
      return leader;
    },
    electLeader(index) {
      if (!nodes[index]) throw new Error(`no node ${index} in a cluster of ${size}`);
      leader = index;
    },
    async stop() {
      await Promise.all(nodes.map((node) => node.stop()));
    },
  };
}
