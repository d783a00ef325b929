import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface ThrottleRule {
  /** Failures counted within the window before the key is locked. */
  limit: number;
  windowMs: number;
  /** How long a key stays locked once over the limit. */
  lockMs: number;
}

/** The key an e-mail's failed sign-ins are counted under, whatever case or spaces it was typed with. */
export const accountThrottleKey = (email: string): string => `account:${email.trim().toLowerCase()}`;

/** Too many attempts: wait `retryAfterSeconds`. */
export class ThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many attempts; try again later');
    this.name = 'ThrottledError';
  }
}

/**
 * Failed sign-ins and reset requests counted per key (`account:<e-mail>`, `address:<ip>`) in the database,
 * so every API instance sees the same counts and a lock survives a restart. Keys are e-mails, not
 * users, so that an unknown e-mail is throttled exactly like a known one.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws ThrottledError while the key is locked. */
  async check(key: string, now = new Date()): Promise<void> {
    const [row] = (await this.dataSource.query('SELECT locked_until FROM login_throttle WHERE key = $1 AND locked_until > $2', [key, now])) as { locked_until: Date }[];
    if (row) throw new ThrottledError(Math.max(1, Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000)));
  }

  /** Counts one failure (or attempt); locks the key once over the limit. */
  async fail(key: string, rule: ThrottleRule, now = new Date()): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= $3 THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= $3 THEN $2 ELSE t.window_started_at END`,
      [key, now, new Date(now.getTime() - rule.windowMs)],
    );
    await this.dataSource.query('UPDATE login_throttle SET locked_until = $3, failures = 0, window_started_at = $2 WHERE key = $1 AND failures >= $4', [
      key,
      now,
      new Date(now.getTime() + rule.lockMs),
      rule.limit,
    ]);
  }

  /** Until when each of these keys is locked, for those locked now (an admin's list of people). */
  async lockedUntil(keys: readonly string[], now = new Date()): Promise<Map<string, Date>> {
    if (keys.length === 0) return new Map();
    const rows = (await this.dataSource.query('SELECT key, locked_until FROM login_throttle WHERE key = ANY($1::text[]) AND locked_until > $2', [keys, now])) as { key: string; locked_until: Date }[];
    return new Map(rows.map((r) => [r.key, new Date(r.locked_until)]));
  }

  /** Forgets the key's failures and lock: after a successful sign-in, or an admin's unlock. */
  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE key = $1', [key]);
  }
}
