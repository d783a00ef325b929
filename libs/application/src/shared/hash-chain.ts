import { createHash } from 'node:crypto';

/** prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so equal values always hash alike. */
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

/** hash = sha256(prevHash + canonical JSON of {stream, revision, type, data, metadata without hash}). */
export function eventHash(prevHash: string, content: HashedContent): string {
  const { hash: _ignored, ...metadata } = content.metadata;
  return createHash('sha256')
    .update(prevHash + canonicalJson({ stream: content.stream, revision: content.revision, type: content.type, data: content.data, metadata }))
    .digest('hex');
}
