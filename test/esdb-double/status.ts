import * as grpc from '@grpc/grpc-js';

/** A gRPC status with the trailers the client switches on (spec §6). */
export interface StatusError extends Partial<grpc.StatusObject> {
  code: grpc.status;
  details: string;
  metadata: grpc.Metadata;
}

function statusError(code: grpc.status, details: string, trailers: Record<string, string> = {}): StatusError {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return { code, details, metadata };
}

export const streamDeletedError = (stream: string) =>
  statusError(grpc.status.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, { exception: 'stream-deleted', 'stream-name': stream });

/** Delete and Tombstone report a conflict as a status, with the versions as the server's int64s. */
export const deleteWrongExpectedVersionError = (stream: string, expected: bigint, actual: bigint) =>
  statusError(grpc.status.FAILED_PRECONDITION, 'Wrong expected version.', {
    exception: 'wrong-expected-version',
    'stream-name': stream,
    'expected-version': expected.toString(),
    'actual-version': actual.toString(),
  });

export const missingMetadataError = () =>
  statusError(grpc.status.INVALID_ARGUMENT, 'Required metadata properties are missing.', {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': 'type,content-type',
  });

/** Streams.Append over MaxAppendSize (RpcExceptions.MaxAppendSizeExceeded); the client reads the limit from the trailer. */
export const maxAppendSizeExceededError = (maxAppendSize: number) =>
  statusError(grpc.status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(maxAppendSize),
  });

/** A write or read that requires the leader, sent to a follower (RpcExceptions.LeaderInfo); the client reconnects there. */
export const notLeaderError = (leader: { host: string; port: number }) =>
  statusError(grpc.status.NOT_FOUND, 'Leader info available', {
    exception: 'not-leader',
    'leader-endpoint-host': leader.host,
    'leader-endpoint-port': String(leader.port),
  });

export const invalidArgument = (details: string) => statusError(grpc.status.INVALID_ARGUMENT, details);
