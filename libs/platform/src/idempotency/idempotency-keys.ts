import type { DataSource } from 'typeorm';

export const IDEMPOTENCY_KEYS = Symbol('IDEMPOTENCY_KEYS');

/** The answer a request that changed nothing was given (a write's answer is in its events). */
export interface NoOpAnswer {
  revision: number;
  position: string;
}

/** Whose a key is: the request digest it came with first, and the answer if that request changed nothing. */
export interface KeyClaim {
  request: string;
  noOpAnswer?: NoOpAnswer;
}

/**
 * Every Idempotency-Key a caller used, with the request it first came with, across all records: the
 * events of one stream only know the keys used on that record, so a key reused on another record (or
 * another route) would otherwise run as a new command. Both digests come from the command envelope;
 * neither the key nor the body is stored.
 */
export class IdempotencyKeyRegistry {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the key's first request if the key is new (with its answer when it changed nothing);
   * answers whose the key is. The first use stays: a later claim changes nothing.
   */
  async claim(keyDigest: string, requestDigest: string, noOpAnswer?: NoOpAnswer): Promise<KeyClaim> {
    const rows = (await this.dataSource.query(
      `INSERT INTO idempotency_keys (key_digest, request_digest, no_op_answer) VALUES ($1, $2, $3)
       ON CONFLICT (key_digest) DO UPDATE SET key_digest = EXCLUDED.key_digest
       RETURNING request_digest, no_op_answer`,
      [keyDigest, requestDigest, noOpAnswer ? JSON.stringify(noOpAnswer) : null],
    )) as { request_digest: string; no_op_answer: NoOpAnswer | null }[];
    const [row] = rows;
    return { request: row.request_digest, ...(row.no_op_answer ? { noOpAnswer: row.no_op_answer } : {}) };
  }
}
