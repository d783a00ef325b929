import type { IdempotencyClaim } from './idempotency.js';

/** Who is acting: resolved once at the edge from the bearer token, passed explicitly. */
export interface Actor {
  id: string;
  name: string;
  role: 'admin' | 'secretariat' | 'agency' | 'commission' | 'donor' | 'system';
  organizationId: string | null;
}

/** Everything about a command that is not its business data. */
export interface CommandEnvelope {
  /** From Idempotency-Key when given: a retried command appends nothing and answers the same. */
  commandId: string;
  /** With an Idempotency-Key: digests of the key and of the request, stored with the events to recognise reuse. */
  idempotency?: IdempotencyClaim;
  correlationId: string;
  causationId: string;
  actor: Actor;
  /** From If-Match: only apply if the stream is still at this revision. */
  expectedRevision?: number;
  /** The business date the command is given on (YYYY-MM-DD), for default effective dates. */
  today: string;
  recordedAt: Date;
}

/** The answer to every write. */
export interface WriteResult {
  id: string;
  revision: number;
  position: string;
}
