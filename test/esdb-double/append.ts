import type * as grpc from '@grpc/grpc-js';
import { Any, AppendReq, AppendResp, BatchAppendReq, BatchAppendResp, Empty, MaximumAppendSizeExceeded, PbEmpty, Status, StreamDeleted, WrongExpectedVersion } from './pb.js';
import type { EventLog, ProposedEvent } from './log.js';
import { ANY, NO_STREAM, STREAM_EXISTS, appendEvents, type ExpectedVersion, type WriteResult } from './write-rules.js';
import { allPosition, streamIdentifier, streamNameOf, uuidString } from './messages.js';
import { invalidArgument, maxAppendSizeExceededError, missingMetadataError, streamDeletedError } from './status.js';
import { sizeOnDisk } from './append-size.js';
import { alwaysLeader, type LeaderGate } from './leadership.js';

type ProposedMessage = InstanceType<typeof AppendReq.ProposedMessage> | InstanceType<typeof BatchAppendReq.ProposedMessage>;

/**
 * Turns proposed messages into events to store, in the server's order of checks per message: `type`
 * and `content-type` present, then the running size within `maxAppendSize` (spec §5.2).
 */
function proposedEvents(messages: ProposedMessage[], maxAppendSize = Number.POSITIVE_INFINITY): ProposedEvent[] | 'missing_metadata' | 'too_large' {
  const events: ProposedEvent[] = [];
  let size = 0;
  for (const m of messages) {
    const type = m.getMetadataMap().get('type');
    const contentType = m.getMetadataMap().get('content-type');
    if (!type || !contentType) return 'missing_metadata';
    size += sizeOnDisk(m);
    if (size > maxAppendSize) return 'too_large';
    events.push({
      id: uuidString(m.getId()),
      type,
      isJson: contentType === 'application/json',
      data: m.getData_asU8(),
      customMetadata: m.getCustomMetadata_asU8(),
    });
  }
  return events;
}

const { ExpectedStreamRevisionCase } = AppendReq.Options;

/** Streams.Append (client-streaming): options, proposed messages, half-close, one response (spec §5.2). */
export function appendHandler(log: EventLog, maxAppendSize: number, leaderGate: LeaderGate = alwaysLeader) {
  return (
    call: grpc.ServerReadableStream<InstanceType<typeof AppendReq>, InstanceType<typeof AppendResp>>,
    callback: grpc.sendUnaryData<InstanceType<typeof AppendResp>>,
  ) => {
    let options: InstanceType<typeof AppendReq.Options> | undefined;
    const messages: ProposedMessage[] = [];
    call.on('data', (req: InstanceType<typeof AppendReq>) => {
      if (req.hasOptions()) options = req.getOptions();
      else if (req.hasProposedMessage()) messages.push(req.getProposedMessage()!);
    });
    call.on('end', () => {
      if (!options) return callback(invalidArgument('the first message must carry options'));
      const stream = streamNameOf(options.getStreamIdentifier());
      const events = proposedEvents(messages, maxAppendSize);
      if (events === 'missing_metadata') return callback(missingMetadataError());
      if (events === 'too_large') return callback(maxAppendSizeExceededError(maxAppendSize));
      const refusal = leaderGate(call.metadata);
      if (refusal) return callback(refusal);
      const expected = expectedOfAppend(options);
      const result = appendEvents(log, stream, expected, events);
      if (result.kind === 'stream_deleted') return callback(streamDeletedError(stream));
      callback(null, appendResponse(result, expected));
    });
  };
}

function expectedOfAppend(options: InstanceType<typeof AppendReq.Options>): ExpectedVersion {
  switch (options.getExpectedStreamRevisionCase()) {
    case ExpectedStreamRevisionCase.REVISION:
      return BigInt(options.getRevision());
    case ExpectedStreamRevisionCase.NO_STREAM:
      return NO_STREAM;
    case ExpectedStreamRevisionCase.STREAM_EXISTS:
      return STREAM_EXISTS;
    default:
      return ANY;
  }
}

/** Success, or wrong_expected_version as a normal response (status OK) echoing the expectation. */
function appendResponse(result: Exclude<WriteResult, { kind: 'stream_deleted' }>, expected: ExpectedVersion) {
  const resp = new AppendResp();
  if (result.kind === 'success') {
    const success = new AppendResp.Success();
    if (result.revision < 0n) success.setNoStream(new Empty());
    else success.setCurrentRevision(result.revision.toString());
    if (result.position === undefined) success.setNoPosition(new Empty());
    else {
      const position = new AppendResp.Position();
      position.setCommitPosition(result.position.toString());
      position.setPreparePosition(result.position.toString());
      success.setPosition(position);
    }
    resp.setSuccess(success);
    return resp;
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  if (result.current < 0n) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(result.current.toString());
  if (expected === ANY) wrong.setExpectedAny(new Empty());
  else if (expected === NO_STREAM) wrong.setExpectedNoStream(new Empty());
  else if (expected === STREAM_EXISTS) wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedRevision(expected.toString());
  resp.setWrongExpectedVersion(wrong);
  return resp;
}

const BatchCase = BatchAppendReq.Options.ExpectedStreamPositionCase;

/**
 * Streams.BatchAppend (bidi, spec §5.3): one long-lived call multiplexing appends by correlation id.
 * Messages accumulate per correlation id until `is_final`; then one response echoes that id. Like the
 * server, an append whose size passes `maxAppendSize` is answered at once and the rest of its messages
 * are ignored. On a follower asked for the leader, the server ends the whole call with not-leader.
 */
export function batchAppendHandler(log: EventLog, maxAppendSize: number, leaderGate: LeaderGate = alwaysLeader) {
  return (call: grpc.ServerDuplexStream<InstanceType<typeof BatchAppendReq>, InstanceType<typeof BatchAppendResp>>) => {
    const pending = new Map<string, { options?: InstanceType<typeof BatchAppendReq.Options>; messages: ProposedMessage[]; size: number }>();
    const refused = new Set<string>();
    let ended = false;
    call.on('data', (req: InstanceType<typeof BatchAppendReq>) => {
      if (ended) return;
      const correlationId = uuidString(req.getCorrelationId());
      if (refused.has(correlationId)) {
        if (req.getIsFinal()) refused.delete(correlationId);
        return;
      }
      const entry = pending.get(correlationId) ?? { messages: [], size: 0 };
      pending.set(correlationId, entry);
      if (req.hasOptions()) entry.options = req.getOptions();
      entry.messages.push(...req.getProposedMessagesList());
      entry.size += req.getProposedMessagesList().reduce((sum, m) => sum + sizeOnDisk(m), 0);
      const tooLarge = entry.size > maxAppendSize;
      if (!req.getIsFinal() && !tooLarge) return;
      pending.delete(correlationId);
      if (tooLarge && !req.getIsFinal()) refused.add(correlationId);
      const refusal = tooLarge ? undefined : leaderGate(call.metadata);
      if (refusal) {
        ended = true;
        pending.clear();
        return void call.emit('error', refusal);
      }
      const resp = new BatchAppendResp();
      resp.setCorrelationId(req.getCorrelationId());
      const stream = streamNameOf(entry.options?.getStreamIdentifier());
      resp.setStreamIdentifier(streamIdentifier(stream));
      const events = tooLarge ? 'too_large' : proposedEvents(entry.messages);
      if (events === 'too_large') resp.setError(maxAppendSizeStatus(maxAppendSize));
      else if (!entry.options || events === 'missing_metadata') resp.setError(rpcStatus(3, 'InvalidArgument'));
      else {
        const expected = expectedOfBatch(entry.options);
        const result = appendEvents(log, stream, expected, events);
        if (result.kind === 'success') resp.setSuccess(batchSuccess(result));
        else if (result.kind === 'stream_deleted') resp.setError(streamDeletedStatus(stream));
        else resp.setError(wrongExpectedVersionStatus(result.current, expected));
      }
      call.write(resp);
    });
    call.on('end', () => ended || call.end());
    call.on('error', () => pending.clear());
  };
}

function expectedOfBatch(options: InstanceType<typeof BatchAppendReq.Options>): ExpectedVersion {
  switch (options.getExpectedStreamPositionCase()) {
    case BatchCase.STREAM_POSITION:
      return BigInt(options.getStreamPosition());
    case BatchCase.NO_STREAM:
      return NO_STREAM;
    case BatchCase.STREAM_EXISTS:
      return STREAM_EXISTS;
    default:
      return ANY;
  }
}

function batchSuccess(result: Extract<WriteResult, { kind: 'success' }>) {
  const success = new BatchAppendResp.Success();
  if (result.revision < 0n) success.setNoStream(new PbEmpty());
  else success.setCurrentRevision(result.revision.toString());
  if (result.position === undefined) success.setNoPosition(new PbEmpty());
  else success.setPosition(allPosition(result.position));
  return success;
}

/** google.rpc.Status with `details` packed as `event_store.client.<Type>`, which the client switches on. */
function rpcStatus(code: number, message: string, details?: { bytes: Uint8Array; type: string }) {
  const status = new Status();
  status.setCode(code);
  status.setMessage(message);
  if (details) {
    const any = new Any();
    any.pack(details.bytes, `event_store.client.${details.type}`);
    status.setDetails(any);
  }
  return status;
}

function wrongExpectedVersionStatus(current: bigint, expected: ExpectedVersion) {
  const details = new WrongExpectedVersion();
  if (current < 0n) details.setCurrentNoStream(new PbEmpty());
  else details.setCurrentStreamRevision(current.toString());
  if (expected === ANY) details.setExpectedAny(new PbEmpty());
  else if (expected === NO_STREAM) details.setExpectedNoStream(new PbEmpty());
  else if (expected === STREAM_EXISTS) details.setExpectedStreamExists(new PbEmpty());
  else details.setExpectedStreamPosition(expected.toString());
  return rpcStatus(6, 'WrongExpectedVersion', { bytes: details.serializeBinary(), type: 'WrongExpectedVersion' });
}

function maxAppendSizeStatus(maxAppendSize: number) {
  const details = new MaximumAppendSizeExceeded();
  details.setMaxappendsize(maxAppendSize);
  return rpcStatus(3, 'MaximumAppendSizeExceeded', { bytes: details.serializeBinary(), type: 'MaximumAppendSizeExceeded' });
}

function streamDeletedStatus(stream: string) {
  const details = new StreamDeleted();
  details.setStreamIdentifier(streamIdentifier(stream));
  return rpcStatus(5, 'StreamDeleted', { bytes: details.serializeBinary(), type: 'StreamDeleted' });
}
