import type * as grpc from '@grpc/grpc-js';
import { ReadReq, type ReadResp } from './pb.js';
import type { EventLog, StoredEvent } from './log.js';
import { allFilterOf } from './filter.js';
import { linkTarget, readAll, readStream, type From } from './queries.js';
import { danglingLinkResponse, eventResponse, streamNameOf, streamNotFoundResponse } from './messages.js';
import { invalidArgument, streamDeletedError } from './status.js';
import type { Subscriptions } from './subscriptions.js';
import { alwaysLeader, type LeaderGate } from './leadership.js';

type ReadCall = grpc.ServerWritableStream<ReadReq, ReadResp>;
type ReadOptions = InstanceType<typeof ReadReq.Options>;
const { StreamOptionCase, CountOptionCase, ReadDirection } = ReadReq.Options;
const { RevisionOptionCase } = ReadReq.Options.StreamOptions;
const { AllOptionCase } = ReadReq.Options.AllOptions;

/** Streams.Read: readStream, readAll, subscribeToStream and subscribeToAll, by the request's options. */
export function readHandler(log: EventLog, subscriptions: Subscriptions, leaderGate: LeaderGate = alwaysLeader) {
  return (call: ReadCall) => {
    const refusal = leaderGate(call.metadata);
    if (refusal) return void call.emit('error', refusal);
    const options = call.request.getOptions();
    if (!options) return void call.emit('error', invalidArgument('options are required'));
    const send = sender(log, call, options.getResolveLinks());
    const backwards = options.getReadDirection() === ReadDirection.BACKWARDS;
    const subscribe = options.getCountOptionCase() === CountOptionCase.SUBSCRIPTION;
    const count = options.getCountOptionCase() === CountOptionCase.COUNT ? Number(options.getCount()) : Number.MAX_SAFE_INTEGER;

    if (options.getStreamOptionCase() === StreamOptionCase.STREAM) {
      const streamOptions = options.getStream()!;
      const stream = streamNameOf(streamOptions.getStreamIdentifier());
      const from = revisionFrom(streamOptions);
      if (subscribe) return subscriptions.toStream(call, stream, from, send);
      const result = readStream(log, stream, from, backwards, count);
      if (result.kind === 'deleted') return void call.emit('error', streamDeletedError(stream));
      if (result.kind === 'not_found') call.write(streamNotFoundResponse(stream));
      else result.events.forEach(send);
      return void call.end();
    }

    if (options.getStreamOptionCase() === StreamOptionCase.ALL) {
      const from = positionFrom(options);
      if (from === 'invalid') return void call.emit('error', invalidArgument('commit position is lower than prepare position'));
      if (subscribe) return subscriptions.toAll(call, from, allFilterOf(options), send);
      readAll(log, from, backwards, count).forEach(send);
      return void call.end();
    }
    call.emit('error', invalidArgument('stream or all is required'));
  };
}

function revisionFrom(streamOptions: InstanceType<typeof ReadReq.Options.StreamOptions>): From {
  switch (streamOptions.getRevisionOptionCase()) {
    case RevisionOptionCase.REVISION:
      return BigInt(streamOptions.getRevision());
    case RevisionOptionCase.END:
      return 'end';
    default:
      return 'start';
  }
}

function positionFrom(options: ReadOptions): From | 'invalid' {
  const all = options.getAll()!;
  switch (all.getAllOptionCase()) {
    case AllOptionCase.POSITION: {
      const position = all.getPosition()!;
      const commit = BigInt(position.getCommitPosition());
      return commit < BigInt(position.getPreparePosition()) ? 'invalid' : commit;
    }
    case AllOptionCase.END:
      return 'end';
    default:
      return 'start';
  }
}

/** Writes one event, resolving `$>` links when asked to (spec §7.4). */
function sender(log: EventLog, call: ReadCall, resolveLinks: boolean) {
  return (event: StoredEvent) => {
    if (!resolveLinks || event.type !== '$>') return void call.write(eventResponse(event));
    const target = linkTarget(log, event);
    call.write(target ? eventResponse(target, event) : danglingLinkResponse(event));
  };
}
