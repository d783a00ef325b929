import { createHash } from 'node:crypto';
import { canonicalJson } from './hash-chain.js';

/**
 * What an Idempotency-Key was used for, carried in the metadata of every event the command appends:
 * `key` identifies the caller's key, `request` the request it came with (method, path, canonical body).
 * Both are digests, so neither the key nor the body is copied into metadata a second time.
 */
export interface IdempotencyClaim {
  key: string;
  request: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The claim of a request; the body is compared as canonical JSON, so key order and spacing do not matter. */
export function idempotencyClaim(actorId: string, key: string, request: { method: string; path: string; body: unknown }): IdempotencyClaim {
  return { key: sha256(`${actorId}\n${key}`), request: sha256(`${request.method.toUpperCase()} ${request.path}\n${canonicalJson(request.body ?? null)}`) };
}

/** The key was already used, by the same caller, for another request: answering its result would be wrong. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor() {
    super('this Idempotency-Key was already used for a different request (another method, path or body); use a new key for a new request');
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** Throws when an event of the stream carries the same key with another request. Events written without a claim never conflict. */
export function assertKeyNotReused(claims: ReadonlyMap<string, ReadonlySet<string>>, claim: IdempotencyClaim | undefined): void {
  if (!claim) return;
  const requests = claims.get(claim.key);
  if (requests && [...requests].some((request) => request !== claim.request)) throw new IdempotencyKeyReusedError();
}
