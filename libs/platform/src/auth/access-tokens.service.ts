import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource, IsNull } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { STREAM_PREFIX } from '#domain';
import { EVENT_STORE, PostgresEventStore, type EventStore } from '#event-store';
import { mayNameStatements, onPostgresServer, poolOf } from '../database/data-source.js';
import { keptConnectionsOf } from '../database/kept-connections.js';
import { AccessTokenRow } from './access-token.entity.js';
import { tokenChecks, tokenNoticesListening } from '../metrics/metrics.js';
import { CheckedTokens } from './checked-tokens.js';
import { isRole, ROLES, ROLES_WITH_ORGANIZATION, type Role } from './roles.js';

/** Every token this service issues starts so: easy to recognise in a leaked log or a secret scanner. */
export const TOKEN_PREFIX = 'apm_';
const BOOTSTRAP_TOKEN_NAMESPACE = '5b8d2f4e-2a61-4c0e-9f37-6c1e0b7a9d12';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `ownerHead`: SQL for the head revision of the owner's stream, or NULL where the events are elsewhere. */
const tokenByHash = (ownerHead: string) => `
SELECT id, role, organization_id AS "organizationId", display_name AS "displayName", created_at AS "createdAt",
       revoked_at AS "revokedAt", user_id AS "userId", expires_at AS "expiresAt", ${ownerHead} AS "ownerHead"
  FROM access_tokens WHERE token_hash = $1 AND revoked_at IS NULL`;

/** A token as it may be shown: never the secret, never its hash. */
export interface AccessTokenInfo {
  id: string;
  role: Role;
  organizationId: string | null;
  displayName: string;
  createdAt: string;
  revokedAt: string | null;
  /** The user it belongs to (null: issued before users existed, not attributed yet). */
  userId: string | null;
  expiresAt: string | null;
}

/**
 * A live token as the check found it. `ownerHead`: its owner's stream head revision read in the same
 * statement (-1: no events), when the events are in this database; undefined otherwise.
 */
export type CheckedToken = AccessTokenInfo & { ownerHead?: number };

export interface NewToken {
  role: string;
  organizationId?: string | null;
  displayName: string;
  /** Given by the use case that recorded AccessTokenIssued under this id. */
  id?: string;
  userId?: string | null;
  expiresAt?: Date | null;
}

/** A token request that cannot be honoured as given; `field` names the culprit. */
export class TokenRequestError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'TokenRequestError';
  }
}

/** The organisation a token was to be bound to has no stream. */
export class UnknownOrganizationError extends Error {
  constructor(readonly organizationId: string) {
    super(`organization ${organizationId} does not exist`);
    this.name = 'UnknownOrganizationError';
  }
}

export class TokenNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`token ${id} does not exist`);
    this.name = 'TokenNotFoundError';
  }
}

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** 256 random bits, base64url, behind a recognisable prefix. */
export function generateSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * Bearer tokens: issued, listed, revoked, and checked on every request: one indexed lookup by hash, which
 * on the Postgres event store also reads the head of the owner's stream, sparing the owner's check a read.
 * On a Postgres server a check is kept between requests until Postgres announces a change to any token or
 * any owner's stream (CheckedTokens), so a request costs no statement for its token; a change made here
 * is forgotten at once, one made by another process as soon as its announcement arrives (milliseconds).
 */
@Injectable()
export class AccessTokens implements OnModuleDestroy {
  /** Whether the token's statement reads its owner's stream head: the events are in this database. */
  private readonly readsOwnerHead: boolean;
  private readonly tokenByHash: string;
  /** Exposed for the tests of what is kept and when. */
  readonly checked: CheckedTokens<CheckedToken>;
  private readonly logger = new Logger('AccessTokens');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {
    // The Postgres event store is built on this data source's pool (PersistenceModule): its events are here.
    this.readsOwnerHead = events instanceof PostgresEventStore;
    this.tokenByHash = tokenByHash(this.readsOwnerHead ? PostgresEventStore.headRevisionSql(`'${STREAM_PREFIX.user}' || user_id::text`) : 'NULL');
    // The pool's own settings (address, credentials, timeouts); keepalive to notice a connection cut.
    this.checked = new CheckedTokens(() => new pg.Client({ ...poolOf(dataSource).options, keepAlive: true }), Date.now, (keeping, reason) => {
      tokenNoticesListening.set(keeping ? 1 : 0);
      if (keeping) this.logger.log('listening for changes to tokens and their owners: checked tokens are kept between requests');
      else this.logger.warn(`lost the connection listening for changes to tokens (${reasonOf(reason)}): every request reads its token until it is back`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.checked.close();
  }

  private get rows() {
    return this.dataSource.getRepository(AccessTokenRow);
  }

  /** Creates a token; the secret is in the answer and nowhere else. */
  async issue(request: NewToken): Promise<{ token: string; info: AccessTokenInfo }> {
    const { role, organizationId, displayName } = await this.validate(request);
    const token = generateSecret();
    const row = this.rows.create({
      id: request.id ?? randomUUID(),
      tokenHash: hashToken(token),
      role,
      organizationId,
      displayName,
      createdAt: new Date(),
      revokedAt: null,
      userId: request.userId ?? null,
      expiresAt: request.expiresAt ?? null,
    });
    await this.rows.insert(row);
    return { token, info: infoOf(row) };
  }

  async list(userId?: string): Promise<AccessTokenInfo[]> {
    const rows = await this.rows.find({ where: userId ? { userId } : {}, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(infoOf);
  }

  async find(id: string): Promise<AccessTokenInfo | null> {
    if (!UUID.test(id)) return null;
    const row = await this.rows.findOneBy({ id });
    return row ? infoOf(row) : null;
  }

  /** Tokens issued before users existed: attributed to the bootstrap admin user at start. */
  async ownerless(): Promise<AccessTokenInfo[]> {
    return (await this.rows.find({ where: { userId: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } })).map(infoOf);
  }

  async attribute(id: string, userId: string): Promise<void> {
    await this.rows.update({ id, userId: IsNull() }, { userId });
    this.checked.forget();
  }

  /** Revokes at once; revoking a revoked token changes nothing and answers when it was revoked. */
  async revoke(id: string): Promise<AccessTokenInfo> {
    if (!UUID.test(id)) throw new TokenNotFoundError(id);
    await this.rows.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.checked.forget();
    const row = await this.rows.findOneBy({ id });
    if (!row) throw new TokenNotFoundError(id);
    return infoOf(row);
  }

  /** The live token with this secret, or null (unknown or revoked). */
  async authenticate(secret: string): Promise<CheckedToken | null> {
    const hash = hashToken(secret);
    const kept = this.checked.get(hash);
    tokenChecks.inc({ answered: kept ? 'kept' : 'read' });
    if (kept) return kept;
    // Listening starts with a check (a CLI never makes one; listen() does nothing once it has started); the
    // embedded database has one connection only. A database down: this check fails on its own statement.
    if (await onPostgresServer(this.dataSource).catch(() => false)) this.checked.listen();
    const stamp = this.checked.stamp;
    // Plain SQL on the pool, named where it may be (planned once per connection).
    const query = { text: this.tokenByHash, values: [hash] };
    const { rows } = await keptConnectionsOf(this.dataSource).query<AccessTokenRow & { ownerHead: number | null }>((await mayNameStatements(this.dataSource)) ? { name: 'apm_token_by_hash', ...query } : query);
    const [row] = rows;
    if (!row || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
    const token = this.readsOwnerHead && row.userId !== null ? { ...infoOf(row), ownerHead: row.ownerHead ?? -1 } : infoOf(row);
    this.checked.keep(hash, token, stamp);
    return token;
  }

  /**
   * Stores the hash of BOOTSTRAP_ADMIN_TOKEN as the first admin token when no admin token exists —
   * revoked ones included, so revoking the bootstrap token for good survives a restart with the
   * variable still set. Two instances starting together insert the same hash; the unique index keeps one.
   */
  async bootstrapAdmin(secret: string): Promise<boolean> {
    const admins = await this.rows.countBy({ role: 'admin' });
    if (admins > 0) return false;
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO access_tokens (id, token_hash, role, organization_id, display_name, created_at)
       VALUES ($1, $2, 'admin', NULL, 'bootstrap admin', now()) ON CONFLICT (token_hash) DO NOTHING RETURNING id`,
      // The id follows from the secret, so the same variable on a fresh read-model database is the same token
      // (its AccessTokenIssued event, already in the log, is not recorded twice).
      [uuidv5(hashToken(secret), BOOTSTRAP_TOKEN_NAMESPACE), hashToken(secret)],
    );
    return inserted.length > 0;
  }

  async validate(request: NewToken): Promise<{ role: Role; organizationId: string | null; displayName: string }> {
    const { role } = request;
    if (!isRole(role)) throw new TokenRequestError('role', `role must be one of ${ROLES.join(', ')}`);
    const displayName = typeof request.displayName === 'string' ? request.displayName.trim() : '';
    if (displayName.length < 1 || displayName.length > 200) throw new TokenRequestError('displayName', 'displayName must be 1–200 characters');
    const organizationId = request.organizationId ?? null;
    if (organizationId === null) {
      if (ROLES_WITH_ORGANIZATION.includes(role)) throw new TokenRequestError('organizationId', `a token of role ${role} must name its organization`);
      return { role, organizationId, displayName };
    }
    if (typeof organizationId !== 'string' || !UUID.test(organizationId)) throw new TokenRequestError('organizationId', 'organizationId must be a UUID');
    const stream = await this.events.readStream(STREAM_PREFIX.organization + organizationId, 0);
    if (stream.length === 0) throw new UnknownOrganizationError(organizationId);
    return { role, organizationId: organizationId.toLowerCase(), displayName };
  }
}

function infoOf(row: AccessTokenRow): AccessTokenInfo {
  return {
    id: row.id,
    role: row.role,
    organizationId: row.organizationId,
    displayName: row.displayName,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
    userId: row.userId,
    expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
  };
}

function reasonOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
