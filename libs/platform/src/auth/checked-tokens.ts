import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { ACCESS_CHANNEL } from './access-notices.migration.js';

/** Tokens kept at most; a request with one not kept reads it, as before. */
const MAX_KEPT = 10_000;
/**
 * How long a check is kept at most: the bound on a stale answer should the listening connection die
 * without the socket saying so (a network cut, until TCP keepalive notices).
 */
const KEPT_MS = 60_000;
const RECONNECT_MS = { first: 500, max: 30_000 };

/** What a check found: a live token, with the instant it expires (ISO; null: never). */
export interface Checked {
  expiresAt: string | null;
}

/**
 * Tokens as their last check found them, kept between requests so that a request with a token costs no
 * statement for it. They are kept only while a connection of their own listens on ACCESS_CHANNEL, where
 * Postgres announces every change to a token's row or its owner's stream, from any process
 * (access-notices.migration.ts): each announcement forgets them all (such changes are rare), and so
 * does losing the connection; until it is back nothing is kept and every request reads its token.
 * A check whose read began before an announcement arrived is not kept: it may predate the change.
 */
export class CheckedTokens<Token extends Checked> {
  private readonly kept = new LRUCache<string, Token>({ max: MAX_KEPT, ttl: KEPT_MS });
  /** Moves on with every announcement and every loss of the connection. */
  private generation = 0;
  private listener: pg.Client | undefined;
  /** The connection being opened, ended by close() rather than waited for (a server not answering takes the connect timeout). */
  private opening: pg.Client | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private delay = RECONNECT_MS.first;
  private closed = false;

  constructor(
    /** A new connection to the database the tokens are in (not yet connected). */
    private readonly connection: () => pg.Client,
    private readonly now: () => number = Date.now,
    /** Told when checks start being kept, and when they stop (with why), once per change. */
    private readonly onKeeping: (keeping: boolean, reason?: unknown) => void = () => undefined,
  ) {}

  /** Whether checks are kept now: the listening connection is up. */
  get keeping(): boolean {
    return this.listener !== undefined;
  }

  /** Starts listening, unless it does already or is closed. */
  listen(): void {
    if (this.closed || this.listener || this.opening || this.reconnect) return;
    void this.open();
  }

  /** The kept check of this token hash, unless it has expired since. */
  get(hash: string): Token | undefined {
    const token = this.kept.get(hash);
    if (token?.expiresAt && Date.parse(token.expiresAt) <= this.now()) {
      this.kept.delete(hash);
      return undefined;
    }
    return token;
  }

  /** To be read before the statement whose answer is then given to `keep`. */
  get stamp(): number {
    return this.generation;
  }

  /** Keeps a check read after `stamp`, if nothing was announced since and the connection is up. */
  keep(hash: string, token: Token, stamp: number): void {
    if (this.listener && stamp === this.generation) this.kept.set(hash, token);
  }

  /** Forgets every check: this process changed a token (the announcement would come, a moment later). */
  forget(): void {
    this.generation++;
    this.kept.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnect);
    this.reconnect = undefined;
    const client = this.listener ?? this.opening;
    this.listener = this.opening = undefined;
    this.forget();
    await client?.end().catch(() => undefined);
  }

  private async open(): Promise<void> {
    const client = (this.opening = this.connection());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    client.on('notification', () => this.forget());
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.opening !== client) return; // closed meanwhile
    this.opening = undefined;
    // Whatever was read before the LISTEN took effect may have missed an announcement.
    this.forget();
    this.listener = client;
    this.delay = RECONNECT_MS.first;
    this.onKeeping(true);
  }

  /** The connection failed or ended: nothing is kept until another one listens. */
  private lost(client: pg.Client, reason: unknown): void {
    if (this.listener === client) {
      this.listener = undefined;
      if (!this.closed) this.onKeeping(false, reason);
    }
    if (this.opening === client) this.opening = undefined;
    this.forget();
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.closed || this.reconnect || this.listener) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      this.listen();
    }, this.delay);
    this.reconnect.unref();
    this.delay = Math.min(this.delay * 2, RECONNECT_MS.max);
  }
}
