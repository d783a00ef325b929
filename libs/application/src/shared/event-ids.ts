import { v5 as uuidv5 } from 'uuid';

// Fixed namespace for ids derived from command ids; changing it would break idempotent retries.
const NAMESPACE = '6f1c1a52-3f1e-4d8e-9d0f-2b8f8a3c5e71';

/**
 * The id of the `index`-th event a command appends to a stream: the same on every retry. With a
 * request digest (Idempotency-Key) a different request under the same key gets other ids, so the
 * store never takes its append for a retry of the first one.
 */
export function eventIdFor(commandId: string, stream: string, index: number, requestDigest?: string): string {
  return uuidv5(requestDigest ? `${commandId}/${stream}/${index}/${requestDigest}` : `${commandId}/${stream}/${index}`, NAMESPACE);
}

/** The id of an aggregate a create command makes, derived from the command id so retries agree. */
export function newIdFor(commandId: string, purpose: string): string {
  return uuidv5(`${commandId}/new/${purpose}`, NAMESPACE);
}
