import type * as grpc from '@grpc/grpc-js';
import { notLeaderError, type StatusError } from './status.js';

export interface Endpoint {
  host: string;
  port: number;
}

/** Whether this node leads, or else where the leader is. */
export type LeaderOf = () => 'self' | Endpoint;

/**
 * The server's answer to a call on a follower (ClusterVNodeController.HandleAsNonLeader): with the
 * `requires-leader: true` header, not-leader with the leader's endpoint; without it a follower serves
 * reads itself and forwards writes to the leader, which over the double's one shared log means doing
 * them. Undefined when the call goes ahead.
 */
export function notLeaderRefusal(metadata: grpc.Metadata, leaderOf: LeaderOf): StatusError | undefined {
  const requiresLeader = String(metadata.get('requires-leader')[0] ?? '').toLowerCase() === 'true';
  if (!requiresLeader) return undefined;
  const leader = leaderOf();
  return leader === 'self' ? undefined : notLeaderError(leader);
}

/** What handlers ask before serving a call: the refusal to answer with, if any. */
export type LeaderGate = (metadata: grpc.Metadata) => StatusError | undefined;

/** Always lets calls through: a single node leads. */
export const alwaysLeader: LeaderGate = () => undefined;
