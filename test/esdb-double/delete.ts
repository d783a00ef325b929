import type * as grpc from '@grpc/grpc-js';
import { DeleteReq, DeleteResp, Empty, TombstoneReq, TombstoneResp } from './pb.js';
import type { EventLog } from './log.js';
import { ANY, NO_STREAM, STREAM_EXISTS, softDelete, tombstone, type ExpectedVersion, type WriteResult } from './write-rules.js';
import { streamNameOf } from './messages.js';
import { deleteWrongExpectedVersionError, streamDeletedError } from './status.js';
import { alwaysLeader, type LeaderGate } from './leadership.js';

type DeleteOptions = InstanceType<typeof DeleteReq.Options> | InstanceType<typeof TombstoneReq.Options>;
// Both option messages number their oneof cases alike: revision 2, no_stream 3, any 4, stream_exists 5.
const Case = DeleteReq.Options.ExpectedStreamRevisionCase;

function expectedOf(options: DeleteOptions): ExpectedVersion {
  switch (options.getExpectedStreamRevisionCase() as number) {
    case Case.REVISION:
      return BigInt(options.getRevision());
    case Case.NO_STREAM:
      return NO_STREAM;
    case Case.STREAM_EXISTS:
      return STREAM_EXISTS;
    default:
      return ANY;
  }
}

type Resp = InstanceType<typeof DeleteResp> | InstanceType<typeof TombstoneResp>;

/** Unary Delete (soft) and Tombstone (hard), spec §5.6: failures are statuses with trailers. */
function deleteLike<Req extends { getOptions(): DeleteOptions | undefined }, R extends Resp>(
  log: EventLog,
  run: (log: EventLog, stream: string, expected: ExpectedVersion) => WriteResult,
  response: () => R,
  leaderGate: LeaderGate,
) {
  return (call: grpc.ServerUnaryCall<Req, R>, callback: grpc.sendUnaryData<R>) => {
    const refusal = leaderGate(call.metadata);
    if (refusal) return callback(refusal);
    const options = call.request.getOptions();
    const stream = streamNameOf(options?.getStreamIdentifier());
    const expected = options ? expectedOf(options) : ANY;
    const result = run(log, stream, expected);
    if (result.kind === 'stream_deleted') return callback(streamDeletedError(stream));
    if (result.kind === 'wrong_expected_version') return callback(deleteWrongExpectedVersionError(stream, expected, result.current));
    const resp = response();
    if (result.position === undefined) resp.setNoPosition(new Empty());
    else {
      const position = resp instanceof DeleteResp ? new DeleteResp.Position() : new TombstoneResp.Position();
      position.setCommitPosition(result.position.toString());
      position.setPreparePosition(result.position.toString());
      (resp as InstanceType<typeof DeleteResp>).setPosition(position as InstanceType<typeof DeleteResp.Position>);
    }
    callback(null, resp);
  };
}

export const deleteHandler = (log: EventLog, leaderGate: LeaderGate = alwaysLeader) =>
  deleteLike<InstanceType<typeof DeleteReq>, InstanceType<typeof DeleteResp>>(log, softDelete, () => new DeleteResp(), leaderGate);
export const tombstoneHandler = (log: EventLog, leaderGate: LeaderGate = alwaysLeader) =>
  deleteLike<InstanceType<typeof TombstoneReq>, InstanceType<typeof TombstoneResp>>(log, tombstone, () => new TombstoneResp(), leaderGate);
