import type * as grpc from '@grpc/grpc-js';
import { ClusterInfo, EndPoint, MemberInfo, type Empty } from './pb.js';
import { uuidMessage } from './messages.js';

/** One cluster member as the nodes' gossip reports it. */
export interface Member {
  instanceId: string;
  role: 'leader' | 'follower';
  /** False once the node has stopped: the other nodes still list it, as dead. */
  alive: boolean;
  host: string;
  port: number;
}

const { VNodeState } = MemberInfo;

/**
 * Gossip.Read (event_store.client.gossip), what the client asks the seeds during discovery
 * (`esdb+discover://` or several hosts): every member with its state, liveness and client endpoint.
 * The client picks a live member by node preference (the leader by default).
 */
export function gossipHandler(members: () => Member[]) {
  return (_call: grpc.ServerUnaryCall<InstanceType<typeof Empty>, InstanceType<typeof ClusterInfo>>, callback: grpc.sendUnaryData<InstanceType<typeof ClusterInfo>>) => {
    const info = new ClusterInfo();
    const now = (BigInt(Date.now()) * 10_000n).toString();
    info.setMembersList(
      members().map((member) => {
        const m = new MemberInfo();
        m.setInstanceId(uuidMessage(member.instanceId));
        m.setTimeStamp(now);
        m.setState(member.role === 'leader' ? VNodeState.LEADER : VNodeState.FOLLOWER);
        m.setIsAlive(member.alive);
        const endpoint = new EndPoint();
        endpoint.setAddress(member.host);
        endpoint.setPort(member.port);
        m.setHttpEndPoint(endpoint);
        return m;
      }),
    );
    callback(null, info);
  };
}
