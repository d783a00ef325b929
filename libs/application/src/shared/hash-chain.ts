import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain version new events are written with (`metadata.chainVersion`; absent means version 1). */
export const CHAIN_VERSION = 2;

/** JSON with object keys sorted at every level, so equal values always hash alike (chain version 1). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashedContent {
  stream: string;
  revision: number;
  type: string;
  data: unknown;
  /** The event's metadata without `hash` (it includes `prevHash`). */
  metadata: Record<string, unknown>;
}

/** Version 1: hash = sha256(prevHash + canonical JSON of {stream, revision, type, data, metadata without hash}). */
export function eventHash(prevHash: string, content: HashedContent): string {
  const { hash: _ignored, ...metadata } = content.metadata;
  return createHash('sha256')
    .update(prevHash + canonicalJson({ stream: content.stream, revision: content.revision, type: content.type, data: content.data, metadata }))
    .digest('hex');
}

export interface HashedContentV2 extends HashedContent {
  /** The event id, as the store keeps it. */
  id: string;
  /** The recorded time as the store keeps it, ISO 8601 UTC to the microsecond (see `recordedTimeOf`). */
  recordedAt: string | null;
}

/**
 * Version 2: hash = sha256(prevHash + RFC 8785 (JCS) form of {id, stream, revision, type, recordedAt,
 * data, metadata without hash}). Unlike version 1 it covers the event id and the recorded time, and
 * the canonical form is a standard one that other tools can recompute.
 */
export function eventHashV2(prevHash: string, content: HashedContentV2): string {
  const { hash: _ignored, ...metadata } = content.metadata;
  const { id, stream, revision, type, recordedAt, data } = content;
  return createHash('sha256')
    .update(prevHash + canonicalize({ id, stream, revision, type, recordedAt, data, metadata }))
    .digest('hex');
}

/** 1 when the metadata names no version (events written before version 2), else what it names. */
export function chainVersionOf(metadata: Record<string, unknown>): unknown {
  return metadata.chainVersion === undefined ? 1 : metadata.chainVersion;
}

/** A stored event as the chain sees it; `recordedAt` is the store's own recorded time, where it keeps one. */
export interface ChainedEvent extends HashedContent {
  id: string;
  recordedAt?: string;
}

/**
 * The hash of a stored event under its own chain version: version 1 without a `chainVersion`, version 2
 * otherwise (an unknown version is hashed as 2, so its hash covers everything; the verifier reports it).
 */
export function chainedHash(prevHash: string, event: ChainedEvent): string {
  if (chainVersionOf(event.metadata) === 1) return eventHash(prevHash, event);
  return eventHashV2(prevHash, { ...event, recordedAt: recordedTimeOf(event) });
}

/**
 * The recorded time a version 2 hash covers: the store's own column where it keeps one the writer chose
 * (Postgres `recorded_at`), otherwise the metadata's `recordedAt` (EventStoreDB sets its own time, which
 * no writer can choose, so the copy of a Postgres log hashes alike there). Milliseconds are written out
 * to the microsecond, as Postgres keeps them.
 */
export function recordedTimeOf(event: { recordedAt?: string; metadata: Record<string, unknown> }): string | null {
  if (event.recordedAt !== undefined) return event.recordedAt;
  const fromMetadata = event.metadata.recordedAt;
  return typeof fromMetadata === 'string' ? toMicroseconds(fromMetadata) : null;
}

/** `…T10:00:00.123Z` → `…T10:00:00.123000Z`; anything else as it is (and so it will not match). */
export function toMicroseconds(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso) ? `${iso.slice(0, -1)}000Z` : iso;
}
