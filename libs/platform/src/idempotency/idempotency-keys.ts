import type { DataSource } from 'typeorm';

export const IDEMPOTENCY_KEYS = Symbol('IDEMPOTENCY_KEYS');

/**
 * Every Idempotency-Key a caller used, with the request it first came with, across all records: the
 * events of one stream only know the keys used on that record, so a key reused on another record (or
 * another route) would otherwise run as a new command. Both digests come from the command envelope;
 * neither the key nor the body is stored.
 */
export class IdempotencyKeyRegistry {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the key's first request if the key is new; answers the request digest the key belongs to. */
  async claim(keyDigest: string, requestDigest: string): Promise<string> {
    const rows = (await this.dataSource.query(
      `INSERT INTO idempotency_keys (key_digest, request_digest) VALUES ($1, $2)
       ON CONFLICT (key_digest) DO UPDATE SET key_digest = EXCLUDED.key_digest
       RETURNING request_digest`,
      [keyDigest, requestDigest],
    )) as { request_digest: string }[];
    return rows[0].request_digest;
  }
}
