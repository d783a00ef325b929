import { AllStreamPosition, Empty, ReadResp, StreamIdentifier, UUID, type StreamIdentifier as StreamIdentifierMsg } from './pb.js';
import type { StoredEvent } from './log.js';

type RecordedEventMsg = InstanceType<typeof ReadResp.ReadEvent.RecordedEvent>;
type UuidMsg = InstanceType<typeof UUID>;

export function streamIdentifier(name: string): StreamIdentifierMsg {
  const id = new StreamIdentifier();
  id.setStreamName(Buffer.from(name, 'utf8'));
  return id;
}

export function streamNameOf(id: StreamIdentifierMsg | undefined): string {
  return id ? Buffer.from(id.getStreamName_asU8()).toString('utf8') : '';
}

export function uuidMessage(value: string): UuidMsg {
  const uuid = new UUID();
  uuid.setString(value);
  return uuid;
}

/** The client always sends `UUID.string`; the structured form is decoded as big-endian msb/lsb. */
export function uuidString(uuid: UuidMsg | undefined): string {
  if (!uuid) return '';
  if (uuid.hasString()) return uuid.getString().toLowerCase();
  const s = uuid.getStructured();
  if (!s) return '';
  const hex = (v: string) => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');
  const h = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function allPosition(position: bigint) {
  const p = new AllStreamPosition();
  p.setCommitPosition(position.toString());
  p.setPreparePosition(position.toString());
  return p;
}

/** RecordedEvent exactly as the server fills it (spec §7.7). */
function recordedEvent(e: StoredEvent): RecordedEventMsg {
  const r = new ReadResp.ReadEvent.RecordedEvent();
  r.setId(uuidMessage(e.id));
  r.setStreamIdentifier(streamIdentifier(e.stream));
  r.setStreamRevision(e.revision.toString());
  r.setPreparePosition(e.position.toString());
  r.setCommitPosition(e.position.toString());
  const metadata = r.getMetadataMap();
  metadata.set('type', e.type);
  metadata.set('content-type', e.isJson ? 'application/json' : 'application/octet-stream');
  metadata.set('created', e.created.toString());
  r.setCustomMetadata(e.customMetadata);
  r.setData(e.data);
  return r;
}

/**
 * An `event` response. With `link` set (resolveLinks on and the target found), `event` is the target
 * and the response's commit position is the link's (spec §7.4).
 */
export function eventResponse(e: StoredEvent, link?: StoredEvent): InstanceType<typeof ReadResp> {
  const read = new ReadResp.ReadEvent();
  read.setEvent(recordedEvent(e));
  if (link) read.setLink(recordedEvent(link));
  read.setCommitPosition((link ?? e).position.toString());
  const resp = new ReadResp();
  resp.setEvent(read);
  return resp;
}

/** resolveLinks with a missing target: only `link` is set. */
export function danglingLinkResponse(link: StoredEvent): InstanceType<typeof ReadResp> {
  const read = new ReadResp.ReadEvent();
  read.setLink(recordedEvent(link));
  read.setCommitPosition(link.position.toString());
  const resp = new ReadResp();
  resp.setEvent(read);
  return resp;
}

export function confirmationResponse(subscriptionId: string) {
  const confirmation = new ReadResp.SubscriptionConfirmation();
  confirmation.setSubscriptionId(subscriptionId);
  const resp = new ReadResp();
  resp.setConfirmation(confirmation);
  return resp;
}

export function checkpointResponse(position: bigint) {
  const checkpoint = new ReadResp.Checkpoint();
  checkpoint.setCommitPosition(position.toString());
  checkpoint.setPreparePosition(position.toString());
  const resp = new ReadResp();
  resp.setCheckpoint(checkpoint);
  return resp;
}

export function caughtUpResponse() {
  const resp = new ReadResp();
  resp.setCaughtUp(new ReadResp.CaughtUp());
  return resp;
}

export function streamNotFoundResponse(stream: string) {
  const notFound = new ReadResp.StreamNotFound();
  notFound.setStreamIdentifier(streamIdentifier(stream));
  const resp = new ReadResp();
  resp.setStreamNotFound(notFound);
  return resp;
}

export const empty = () => new Empty();
