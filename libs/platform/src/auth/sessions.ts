import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.js';
import { sha256 } from './user-directory.js';

export interface SessionLimits {
  /** Sliding: a session unused this long ends. */
  idleMs: number;
  /** Absolute: no session lives longer, however used. */
  absoluteMs: number;
}

export interface Session {
  userId: string;
  csrfToken: string;
}

/** Sessions kept server-side: the cookie carries a random id, the table only its SHA-256. */
@Injectable()
export class SessionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new session with a new random id (never one the client chose) and its CSRF token. */
  async open(userId: string, limits: SessionLimits, now = new Date()): Promise<{ id: string; csrfToken: string }> {
    const id = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      'INSERT INTO user_sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)',
      [sha256(id), userId, csrfToken, now, new Date(now.getTime() + limits.absoluteMs)],
    );
    return { id, csrfToken };
  }

  /** The live session with this id, its idle clock restarted; null when unknown, idle too long or past its limit. */
  async touch(id: string, limits: SessionLimits, now = new Date()): Promise<Session | null> {
    const [row] = returnedRows<{ user_id: string; csrf_token: string }>(
      await this.dataSource.query(
        `UPDATE user_sessions SET last_seen_at = $2
         WHERE id_hash = $1 AND expires_at > $2 AND last_seen_at > $3
         RETURNING user_id, csrf_token`,
        [sha256(id), now, new Date(now.getTime() - limits.idleMs)],
      ),
    );
    return row ? { userId: row.user_id, csrfToken: row.csrf_token } : null;
  }

  async close(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM user_sessions WHERE id_hash = $1', [sha256(id)]);
  }

  /** Ends every session of the user at once (disabled, role changed, password reset). */
  async closeAllOf(userId: string): Promise<number> {
    return returnedRows(await this.dataSource.query('DELETE FROM user_sessions WHERE user_id = $1 RETURNING 1', [userId])).length;
  }
}
