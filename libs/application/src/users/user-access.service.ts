import { Inject, Injectable } from '@nestjs/common';
import AsyncLock from 'async-lock';
import {
  USER_LANGUAGES,
  USER_ROLES_WITH_ORGANIZATION,
  tokenStillGranted,
  userDecider,
  type AdminsContext,
  type ExistingUser,
  type UserLanguage,
  type UserRole,
  type UserState,
} from '#domain';
import {
  AccessTokens,
  APP_CONFIG,
  dummyPasswordHash,
  hashPassword,
  linkMessage,
  Mailer,
  passwordProblem,
  SessionStore,
  UserDirectory,
  verifyPassword,
  type AccessTokenInfo,
  type AppConfig,
  type CheckedToken,
  type LinkPurpose,
} from '#platform';
import { AggregateStore, type CommandReads } from '../shared/aggregate-store.js';
import { NotFoundError } from '../shared/application-errors.js';
import type { Actor, CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import { envelopeFor } from './system-envelope.js';
import { InvalidCredentialsError, TokenAlreadyIssuedError, UserDisabledError, WeakPasswordError } from './user-errors.js';
import { userView, type UserView } from './user-view.js';

export const USER = { type: 'user' as const, label: 'user', decider: userDecider };

/** The bootstrap admin: owner of BOOTSTRAP_ADMIN_TOKEN and of every token issued before users existed. */
export const BOOTSTRAP_ADMIN_USER_ID = '00000000-0000-4000-8000-00000000a0a0';

export interface InviteRequest {
  email: string;
  displayName: string;
  role: UserRole;
  organizationId?: string | null;
  language?: UserLanguage;
  reason?: string;
}

export interface TokenRequest {
  role?: UserRole;
  organizationId?: string | null;
  displayName: string;
  expiresAt?: string | null;
  reason?: string;
}

/**
 * People and their access: invitations, one-time links, passwords, role and organisation changes,
 * disabling, tokens. Every grant or removal of access is an event of the user's stream (appended
 * through the AggregateStore like any command); secrets and hashes stay in the directory tables.
 */
@Injectable()
export class UserAccess {
  /** Disabling and role changes in this process run one at a time: see adminsContext. */
  private readonly adminChanges = new AsyncLock({ maxPending: Infinity });

  constructor(
    private readonly aggregates: AggregateStore,
    private readonly directory: UserDirectory,
    private readonly sessions: SessionStore,
    private readonly tokens: AccessTokens,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Invites a person: reserves the e-mail, records UserInvited, creates the 72-hour link and mails it (`send: false`: the CLI prints it instead). */
  async invite(request: InviteRequest, envelope: CommandEnvelope, options: { send: boolean }): Promise<WriteResult & { link: string; expiresAt: string }> {
    // From the command id: a retry with the same Idempotency-Key names the same user, and appends and mails nothing.
    const userId = newIdFor(envelope.commandId, 'user');
    const email = request.email.trim().toLowerCase();
    if ((await this.state(userId)).status !== 'none') {
      return { ...(await this.aggregates.create(USER, userId, envelope, () => ({ type: 'InviteUser' as const, data: {} as never }))), link: '', expiresAt: '' };
    }
    if (request.organizationId) await this.aggregates.requireExisting('organization', 'organization', [request.organizationId], 'organizationId');
    await this.directory.reserve(userId, email);
    let result: WriteResult;
    try {
      result = await this.aggregates.create(USER, userId, envelope, () => ({
        type: 'InviteUser' as const,
        data: {
          userId,
          email,
          displayName: request.displayName.trim(),
          role: request.role,
          organizationId: USER_ROLES_WITH_ORGANIZATION.includes(request.role) ? (request.organizationId ?? null) : null,
          language: request.language ?? 'en',
          ...(request.reason ? { reason: request.reason } : {}),
        },
      }));
    } catch (error) {
      await this.directory.release(userId);
      throw error;
    }
    const { link, expiresAt } = await this.newLink(userId, 'invitation');
    if (options.send) await this.mailer.send(email, linkMessage('invitation', request.language ?? 'en', request.displayName.trim(), link));
    return { ...result, link, expiresAt };
  }

  /**
   * Sends the invitation again with a new 72-hour link (creating it retires the older one) and records
   * InvitationReissued. A retry under the same Idempotency-Key answers the same and mails nothing.
   */
  async reinvite(userId: string, reason: string | undefined, envelope: CommandEnvelope): Promise<WriteResult> {
    const before = await this.aggregates.load(USER, userId);
    const result = await this.aggregates.update(USER, userId, envelope, () => ({ type: 'ReissueInvitation' as const, data: reason ? { reason } : {} }));
    if (result.revision <= before.revision) return result;
    const user = before.state as ExistingUser;
    const { link } = await this.newLink(userId, 'invitation');
    await this.mailer.send(user.email!, linkMessage('invitation', user.language, user.displayName, link));
    return result;
  }

  /** The user with its stream's revision: the ETag an admin's next change sends as If-Match. */
  async get(userId: string): Promise<UserView & { revision: number }> {
    const { state, revision } = await this.aggregates.load(USER, userId);
    return { ...userView(state)!, revision };
  }

  async state(userId: string): Promise<UserState> {
    return (await this.loaded(userId)).state;
  }

  /** The user's state, given their stream's head revision as the caller just read it. */
  private async stateAtHead(userId: string, head: number): Promise<UserState> {
    if (head < 0) return { status: 'none' };
    return (await this.aggregates.loadAtHead(USER, userId, head)).state;
  }

  async list(): Promise<(UserView & { revision: number })[]> {
    const views = await Promise.all(
      (await this.directory.allUserIds()).map(async (id) => {
        const { state, revision } = await this.loaded(id);
        const view = userView(state);
        return view && { ...view, revision };
      }),
    );
    return views.filter((v): v is UserView & { revision: number } => v !== null);
  }

  private async loaded(userId: string): Promise<{ state: UserState; revision: number }> {
    try {
      return await this.aggregates.load(USER, userId);
    } catch (error) {
      if (error instanceof NotFoundError) return { state: { status: 'none' }, revision: -1 };
      throw error;
    }
  }

  /** The user an operator names by e-mail (any case) or by id (a service user has no e-mail); 404 otherwise. */
  async userIdFor(emailOrId: string): Promise<string> {
    const byEmail = await this.directory.userIdByEmail(emailOrId.trim().toLowerCase());
    if (byEmail) return byEmail;
    if (UUID.test(emailOrId) && (await this.state(emailOrId.toLowerCase())).status !== 'none') return emailOrId.toLowerCase();
    throw new NotFoundError('user', emailOrId, 'user');
  }

  /** Refused (409 LAST_ADMIN) when it would take the admin role from the last admin anyone can act as. */
  async changeRole(userId: string, body: { role: UserRole; organizationId?: string | null; reason: string }, envelope: CommandEnvelope): Promise<WriteResult> {
    if (body.organizationId) await this.aggregates.requireExisting('organization', 'organization', [body.organizationId], 'organizationId');
    const { role, organizationId, reason } = body;
    return this.adminChanges.acquire('admins', () =>
      this.endingSessions(userId, () =>
        this.aggregates.update(USER, userId, envelope, async (_state, reads) => ({
          type: 'ChangeUserRole' as const,
          data: { role, ...(organizationId === undefined ? {} : { organizationId }), reason, context: await this.adminsContext(userId, envelope, reads) },
        })),
      ),
    );
  }

  async changeOrganization(userId: string, body: { organizationId: string; reason: string }, envelope: CommandEnvelope): Promise<WriteResult> {
    await this.aggregates.requireExisting('organization', 'organization', [body.organizationId], 'organizationId');
    return this.endingSessions(userId, () => this.aggregates.update(USER, userId, envelope, () => ({ type: 'ChangeUserOrganization' as const, data: body })));
  }

  /** Refused for the caller's own user (409 CANNOT_DISABLE_SELF) and for the last admin anyone can act as (409 LAST_ADMIN). */
  disable(userId: string, reason: string, envelope: CommandEnvelope): Promise<WriteResult> {
    return this.adminChanges.acquire('admins', () =>
      this.endingSessions(userId, () =>
        this.aggregates.update(USER, userId, envelope, async (_state, reads) => ({
          type: 'DisableUser' as const,
          data: { reason, context: await this.adminsContext(userId, envelope, reads) },
        })),
      ),
    );
  }

  enable(userId: string, reason: string, envelope: CommandEnvelope): Promise<WriteResult> {
    return this.aggregates.update(USER, userId, envelope, () => ({ type: 'EnableUser' as const, data: { reason } }));
  }

  /** Records AccessTokenIssued on the owner's stream (the decider bounds the token by its owner's rights), then stores the hash. */
  async issueToken(userId: string, request: TokenRequest, envelope: CommandEnvelope): Promise<{ token: string; info: AccessTokenInfo }> {
    const owner = await this.aggregates.load(USER, userId);
    const state = owner.state as ExistingUser;
    const role = request.role ?? state.role;
    const organizationId = USER_ROLES_WITH_ORGANIZATION.includes(role) ? (request.organizationId ?? (role === state.role ? state.organizationId : null)) : null;
    if (organizationId && organizationId !== state.organizationId) await this.aggregates.requireExisting('organization', 'organization', [organizationId], 'organizationId');
    // From the command id: a retry with the same Idempotency-Key is recognised, and refused, since the secret was shown once.
    const tokenId = newIdFor(envelope.commandId, 'token');
    if (await this.tokens.find(tokenId)) throw new TokenAlreadyIssuedError(tokenId);
    const expiresAt = request.expiresAt ?? null;
    // The token table's own checks, before the grant is recorded: a refused request appends nothing.
    const { displayName } = await this.tokens.validate({ role, organizationId, displayName: request.displayName });
    await this.aggregates.update(USER, userId, envelope, () => ({
      type: 'IssueAccessToken' as const,
      data: { tokenId, role, organizationId, displayName, expiresAt, ...(request.reason ? { reason: request.reason } : {}) },
    }));
    return this.tokens.issue({ id: tokenId, userId, role, organizationId, displayName: request.displayName, expiresAt: expiresAt ? new Date(expiresAt) : null });
  }

  /** Revokes a token: an event on its owner's stream (a token issued before users existed has none), then the row. */
  async revokeToken(tokenId: string, reason: string | undefined, envelope: CommandEnvelope): Promise<AccessTokenInfo> {
    const token = await this.tokens.find(tokenId);
    if (token?.userId) {
      await this.aggregates.update(USER, token.userId, envelope, () => ({ type: 'RevokeAccessToken' as const, data: { tokenId, ...(reason ? { reason } : {}) } }));
    }
    return this.tokens.revoke(tokenId);
  }

  /** The owner of tokens an admin creates with POST /tokens: the admin's own user, or the bootstrap admin for a caller without one. */
  async tokenOwnerFor(actor: Actor): Promise<string> {
    if ((await this.state(actor.id)).status !== 'none') return actor.id;
    await this.ensureBootstrapAdmin();
    return BOOTSTRAP_ADMIN_USER_ID;
  }

  /** The link a followed URL names: which user, for what; refuses unknown, expired and used links. */
  async describeLink(token: string): Promise<{ purpose: LinkPurpose; email: string | null; displayName: string; expiresAt: string }> {
    const link = await this.directory.peekLink(token);
    const user = (await this.aggregates.load(USER, link.userId)).state as ExistingUser;
    return { purpose: link.purpose, email: user.email, displayName: user.displayName, expiresAt: link.expiresAt.toISOString() };
  }

  /** Sets the password through a one-time link: the invitation is accepted, or the password reset (ending every session). */
  async usePasswordLink(token: string, password: string): Promise<UserView & { revision: number }> {
    const link = await this.directory.peekLink(token);
    const loaded = await this.aggregates.load(USER, link.userId);
    const state = loaded.state as ExistingUser;
    if (state.status === 'disabled') throw new UserDisabledError();
    const problem = passwordProblem(password, state.email);
    if (problem) throw new WeakPasswordError(problem);
    await this.directory.consumeLink(token);
    await this.directory.setPasswordHash(link.userId, await hashPassword(password));
    await this.sessions.closeAllOf(link.userId);
    const envelope = envelopeFor({ id: state.userId, name: state.displayName, role: state.role, organizationId: state.organizationId });
    const type = link.purpose === 'invitation' ? ('AcceptInvitation' as const) : ('ResetPassword' as const);
    if (link.purpose === 'invitation' && state.activated) return { ...userView(state)!, revision: loaded.revision };
    await this.aggregates.update(USER, link.userId, envelope, () => ({ type, data: { userId: link.userId } }));
    return this.get(link.userId);
  }

  /** A reset link mailed to an active user with this e-mail; nothing for any other e-mail (the caller answers the same). */
  async requestReset(email: string): Promise<void> {
    const userId = await this.directory.userIdByEmail(email.trim().toLowerCase());
    const state = userId ? await this.state(userId) : { status: 'none' as const };
    if (state.status !== 'active' || !state.email) return;
    const { link } = await this.newLink(state.userId, 'reset');
    await this.mailer.send(state.email, linkMessage('reset', state.language, state.displayName, link));
  }

  /** The active user with this e-mail and password. A wrong e-mail and a wrong password fail alike, after one scrypt each. */
  async verifyCredentials(email: string, password: string): Promise<ExistingUser> {
    const userId = await this.directory.userIdByEmail(String(email).trim().toLowerCase());
    const hash = userId ? await this.directory.passwordHash(userId) : null;
    const matches = await verifyPassword(String(password), hash ?? (await dummyPasswordHash()));
    if (!userId || !hash || !matches) throw new InvalidCredentialsError();
    const state = await this.state(userId);
    if (state.status === 'disabled') throw new UserDisabledError();
    if (state.status !== 'active') throw new InvalidCredentialsError();
    return state;
  }

  /** The actor a live user acts as now, or null when the user is not active. */
  async sessionActor(userId: string): Promise<Actor | null> {
    const state = await this.state(userId);
    if (state.status !== 'active') return null;
    return { id: state.userId, name: state.displayName, role: state.role, organizationId: state.organizationId };
  }

  /** The actor a user's token acts as, or null when its owner is disabled or no longer holds the token's rights. */
  async tokenActor(token: CheckedToken & { userId: string }): Promise<Actor | null> {
    const state = token.ownerHead === undefined ? await this.state(token.userId) : await this.stateAtHead(token.userId, token.ownerHead);
    if (state.status === 'none' || !tokenStillGranted(state, token)) return null;
    return { id: state.userId, name: state.displayName, role: token.role, organizationId: token.organizationId };
  }

  /**
   * On start: the bootstrap admin user exists once any token does, and every token issued before users
   * existed is attributed to it, each with an AccessTokenIssued event (so the audit trail lists every
   * live grant). Repeating it changes nothing: the decider ignores a token id it has already recorded.
   */
  async attributeOwnerlessTokens(): Promise<number> {
    const ownerless = await this.tokens.ownerless();
    if (ownerless.length === 0) return 0;
    await this.ensureBootstrapAdmin();
    for (const token of ownerless) {
      await this.aggregates.update(USER, BOOTSTRAP_ADMIN_USER_ID, envelopeFor(SYSTEM), () => ({
        type: 'IssueAccessToken' as const,
        data: { tokenId: token.id, role: token.role, organizationId: token.organizationId, displayName: token.displayName, expiresAt: null, reason: 'issued before users existed' },
      }));
      if (token.revokedAt) {
        await this.aggregates.update(USER, BOOTSTRAP_ADMIN_USER_ID, envelopeFor(SYSTEM), () => ({ type: 'RevokeAccessToken' as const, data: { tokenId: token.id, reason: 'revoked before users existed' } }));
      }
      await this.tokens.attribute(token.id, BOOTSTRAP_ADMIN_USER_ID);
    }
    return ownerless.length;
  }

  async ensureBootstrapAdmin(): Promise<void> {
    await this.directory.reserve(BOOTSTRAP_ADMIN_USER_ID, null);
    await this.aggregates.create(USER, BOOTSTRAP_ADMIN_USER_ID, envelopeFor(SYSTEM), () => ({
      type: 'RegisterServiceUser' as const,
      data: { userId: BOOTSTRAP_ADMIN_USER_ID, displayName: 'bootstrap admin', role: 'admin' as const, reason: 'first start: owner of BOOTSTRAP_ADMIN_TOKEN and of tokens issued before users existed' },
    }));
  }

  /**
   * What the decider needs to keep someone able to administer the service: who acts, and how many users
   * other than `userId` are admins someone can act as (see `administers`). Every user is read, as `list`
   * does: they are a handful. Each admin counted is read through `reads`, so on the Postgres event store
   * (embedded or server) the append is refused, and the command decided again on a fresh read, if one of
   * them changed in the meantime (disabled or demoted by another process: the CLI, another instance).
   * Within this process disabling and role changes run one at a time (adminChanges). What is left: two
   * processes appending at the very same instant on a Postgres server (each statement reads before the
   * other commits), and EventStoreDB, which checks no other stream; two admins disabling each other so
   * may both succeed, and `cli users invite --role admin` is then the way back.
   */
  private async adminsContext(userId: string, envelope: CommandEnvelope, reads: CommandReads): Promise<AdminsContext> {
    let otherActiveAdmins = 0;
    for (const id of await this.directory.allUserIds()) {
      if (id === userId || !(await this.administers(await this.state(id)))) continue;
      // Read again through `reads` (the append checks this revision), and counted as then read.
      if (await this.administers((await reads.load(USER, id)).state)) otherActiveAdmins++;
    }
    return { actorId: envelope.actor.id, otherActiveAdmins };
  }

  /**
   * An active admin someone can act as: a person (who has set a password, or could reset it), or a
   * service user such as the bootstrap admin only while it holds an admin token neither revoked nor
   * expired (once revoked, the bootstrap token cannot come back).
   */
  private async administers(state: UserState): Promise<boolean> {
    if (state.status !== 'active' || state.role !== 'admin') return false;
    if (state.email !== null) return true;
    const now = Date.now();
    return (await this.tokens.list(state.userId)).some((t) => t.role === 'admin' && !t.revokedAt && (!t.expiresAt || Date.parse(t.expiresAt) > now));
  }

  private async newLink(userId: string, purpose: LinkPurpose): Promise<{ link: string; expiresAt: string }> {
    const { token, expiresAt } = await this.directory.createLink(userId, purpose);
    // The web application's page for it: a person opening the link from their mail chooses the password there.
    return { link: `${this.config.PUBLIC_URL}/app/password?token=${token}`, expiresAt: expiresAt.toISOString() };
  }

  /** Runs the command, then ends the user's sessions (their rights changed; the guard also rereads them on every request). */
  private async endingSessions(userId: string, command: () => Promise<WriteResult>): Promise<WriteResult> {
    const result = await command();
    await this.sessions.closeAllOf(userId);
    return result;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SYSTEM: Actor = { id: 'system', name: 'system', role: 'system', organizationId: null };
export const LANGUAGES = USER_LANGUAGES;
