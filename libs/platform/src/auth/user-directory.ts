import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.js';

export type LinkPurpose = 'invitation' | 'reset';

/** One-time links live 72 hours. */
export const LINK_LIFETIME_MS = 72 * 60 * 60 * 1000;

export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`a user with e-mail ${email} exists already`);
    this.name = 'EmailTakenError';
  }
}

/** A link that cannot be used: unknown, expired or used already. */
export class LinkError extends Error {
  constructor(readonly code: 'LINK_UNKNOWN' | 'LINK_EXPIRED' | 'LINK_USED') {
    super(code === 'LINK_UNKNOWN' ? 'this link is not known' : code === 'LINK_EXPIRED' ? 'this link has expired; ask for a new one' : 'this link was used already; ask for a new one');
    this.name = 'LinkError';
  }
}

export interface Link {
  userId: string;
  purpose: LinkPurpose;
  expiresAt: Date;
}

export function sha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * What accounts need outside the event log: each user's e-mail (unique, lower case), password hash and
 * one-time links. Only hashes of link tokens are stored; the token is in the e-mail and nowhere else.
 */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reserves the e-mail for this user (null for a service user); throws EmailTakenError when another user has it. */
  async reserve(userId: string, email: string | null): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO user_accounts (user_id, email) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, email],
    );
    if (rows.length > 0) return;
    const [owner] = (await this.dataSource.query('SELECT user_id FROM user_accounts WHERE user_id = $1 OR email = $2', [userId, email])) as { user_id: string }[];
    if (owner?.user_id !== userId) throw new EmailTakenError(email ?? '');
  }

  /** Frees a reservation whose event could not be appended. */
  async release(userId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM user_accounts WHERE user_id = $1 AND NOT EXISTS (SELECT 1 FROM user_links WHERE user_id = $1)', [userId]);
  }

  async userIdByEmail(email: string): Promise<string | null> {
    const [row] = (await this.dataSource.query('SELECT user_id FROM user_accounts WHERE email = $1', [email.toLowerCase()])) as { user_id: string }[];
    return row?.user_id ?? null;
  }

  async allUserIds(): Promise<string[]> {
    const rows = (await this.dataSource.query('SELECT user_id FROM user_accounts ORDER BY email NULLS FIRST, user_id')) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  async passwordHash(userId: string): Promise<string | null> {
    const [row] = (await this.dataSource.query('SELECT password_hash FROM user_credentials WHERE user_id = $1', [userId])) as { password_hash: string }[];
    return row?.password_hash ?? null;
  }

  async setPasswordHash(userId: string, hash: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO user_credentials (user_id, password_hash, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = EXCLUDED.updated_at`,
      [userId, hash],
    );
  }

  /** A new one-time link; earlier unused links of the same purpose stop working. Returns the token (only its hash is kept). */
  async createLink(userId: string, purpose: LinkPurpose, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS);
    await this.dataSource.query('UPDATE user_links SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL', [userId, purpose, now]);
    await this.dataSource.query('INSERT INTO user_links (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      sha256(token),
      userId,
      purpose,
      now,
      expiresAt,
    ]);
    return { token, expiresAt };
  }

  /** The link's user and purpose, or a LinkError; does not use it up. */
  async peekLink(token: string, now = new Date()): Promise<Link> {
    const [row] = (await this.dataSource.query('SELECT user_id, purpose, expires_at, used_at FROM user_links WHERE token_hash = $1', [sha256(String(token))])) as {
      user_id: string;
      purpose: LinkPurpose;
      expires_at: Date;
      used_at: Date | null;
    }[];
    if (!row) throw new LinkError('LINK_UNKNOWN');
    if (row.used_at) throw new LinkError('LINK_USED');
    if (new Date(row.expires_at).getTime() <= now.getTime()) throw new LinkError('LINK_EXPIRED');
    return { userId: row.user_id, purpose: row.purpose, expiresAt: new Date(row.expires_at) };
  }

  /** Uses the link up; of two requests racing with one link, one wins and the other gets LINK_USED. */
  async consumeLink(token: string, now = new Date()): Promise<Link> {
    const link = await this.peekLink(token, now);
    const rows = returnedRows(await this.dataSource.query('UPDATE user_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL RETURNING user_id', [sha256(token), now]));
    if (rows.length === 0) throw new LinkError('LINK_USED');
    return link;
  }

  /** Test support and `cli`: moves a link's expiry (e.g. to prove an expired link is refused). */
  async expireLinksOf(userId: string, at: Date): Promise<void> {
    await this.dataSource.query('UPDATE user_links SET expires_at = $2 WHERE user_id = $1', [userId, at]);
  }
}
