/**
 * The protobuf and gRPC modules the double speaks, loaded from the same files the client loads
 * (the generated serializers check `instanceof` against these very classes). The generated files are
 * CommonJS without named-export hints, so they are imported whole.
 */
import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import featuresGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import featuresPb from '@eventstore/db-client/generated/serverfeatures_pb.js';
import statusPb from '@eventstore/db-client/generated/status_pb.js';
import gossipGrpc from '@eventstore/db-client/generated/gossip_grpc_pb.js';
import gossipPb from '@eventstore/db-client/generated/gossip_pb.js';
import anyPb from 'google-protobuf/google/protobuf/any_pb.js';
import emptyPb from 'google-protobuf/google/protobuf/empty_pb.js';

export const { StreamsService } = streamsGrpc;
export const { ServerFeaturesService } = featuresGrpc;
export const { GossipService } = gossipGrpc;
export const { ClusterInfo, MemberInfo, EndPoint } = gossipPb;
export const { ReadReq, ReadResp, AppendReq, AppendResp, BatchAppendReq, BatchAppendResp, DeleteReq, DeleteResp, TombstoneReq, TombstoneResp } = streamsPb;
export const { Empty, UUID, StreamIdentifier, AllStreamPosition, WrongExpectedVersion, StreamDeleted, MaximumAppendSizeExceeded } = sharedPb;
export const { SupportedMethods, SupportedMethod } = featuresPb;
export const { Status } = statusPb;
export const { Any } = anyPb;
export const PbEmpty = emptyPb.Empty;

export type ReadReq = streamsPb.ReadReq;
export type ReadResp = streamsPb.ReadResp;
export type AppendReq = streamsPb.AppendReq;
export type AppendResp = streamsPb.AppendResp;
export type BatchAppendReq = streamsPb.BatchAppendReq;
export type BatchAppendResp = streamsPb.BatchAppendResp;
export type DeleteReq = streamsPb.DeleteReq;
export type DeleteResp = streamsPb.DeleteResp;
export type TombstoneReq = streamsPb.TombstoneReq;
export type TombstoneResp = streamsPb.TombstoneResp;
export type StreamIdentifier = sharedPb.StreamIdentifier;
export type IStreamsServer = streamsGrpc.IStreamsServer;
export type IServerFeaturesServer = featuresGrpc.IServerFeaturesServer;
