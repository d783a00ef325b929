import { assertNever, type Decider } from '../shared/decider.js';
import { reject } from '../shared/domain-error.js';
import { requireReason } from '../shared/text.js';
import type { AdminsContext, ChangeUserRole, InviteUser, IssueAccessToken, RegisterServiceUser, UserCommand } from './user.commands.js';
import { USER_LANGUAGES, USER_ROLES, USER_ROLES_WITH_ORGANIZATION, type UserEvent, type UserRole } from './user.events.js';
import type { ExistingUser, UserState } from './user.state.js';

function existing(state: UserState): ExistingUser {
  if (state.status === 'none') reject('USER_NOT_FOUND', 'the user does not exist');
  return state;
}

function checkRole(role: UserRole, organizationId: string | null | undefined): string | null {
  if (!USER_ROLES.includes(role)) reject('INVALID_ROLE', `role must be one of ${USER_ROLES.join(', ')}`, 'role');
  if (!USER_ROLES_WITH_ORGANIZATION.includes(role)) return null;
  if (!organizationId) reject('ORGANIZATION_REQUIRED', `a user or token of role ${role} must name its organization`, 'organizationId');
  return organizationId;
}

function invite({ data }: InviteUser, state: UserState): UserEvent[] {
  if (state.status !== 'none') reject('USER_ALREADY_EXISTS', `user ${data.userId} exists already`);
  const organizationId = checkRole(data.role, data.organizationId);
  if (!USER_LANGUAGES.includes(data.language)) reject('INVALID_LANGUAGE', `language must be one of ${USER_LANGUAGES.join(', ')}`, 'language');
  const { userId, email, displayName, role, language, reason } = data;
  return [{ type: 'UserInvited', data: { userId, email, displayName, role, organizationId, language, ...(reason ? { reason } : {}) } }];
}

function registerService({ data }: RegisterServiceUser, state: UserState): UserEvent[] {
  if (state.status !== 'none') return [];
  const organizationId = checkRole(data.role, null);
  return [{ type: 'ServiceUserRegistered', data: { userId: data.userId, displayName: data.displayName, role: data.role, organizationId, reason: data.reason } }];
}

/**
 * The service keeps someone who can administer it: an active admin is not demoted or disabled while no
 * other user is an active admin (context.otherActiveAdmins, read by the application). Without it every
 * admin session and every token the admin issued stops, and only the database is left to restore access.
 */
function requireAnotherAdmin(user: ExistingUser, context: AdminsContext, change: string): void {
  if (user.status === 'active' && user.role === 'admin' && context.otherActiveAdmins < 1) {
    reject('LAST_ADMIN', `user ${user.userId} is the last active admin and cannot be ${change}: make another user an admin first`);
  }
}

function changeRole({ data }: ChangeUserRole, user: ExistingUser): UserEvent[] {
  const reason = requireReason(data.reason);
  const organizationId = checkRole(data.role, data.organizationId === undefined ? user.organizationId : data.organizationId);
  if (data.role === user.role && organizationId === user.organizationId) return [];
  if (data.role !== 'admin') requireAnotherAdmin(user, data.context, 'given another role');
  return [{ type: 'UserRoleChanged', data: { role: data.role, previousRole: user.role, organizationId, previousOrganizationId: user.organizationId, reason } }];
}

/** A token never grants more than its owner has: an admin's may carry any role, anyone else's only their own role and organisation. */
function issueToken({ data }: IssueAccessToken, user: ExistingUser): UserEvent[] {
  if (user.status !== 'active') reject('USER_NOT_ACTIVE', 'tokens are issued to active users only');
  if (data.tokenId in user.tokens) return [];
  const organizationId = checkRole(data.role, data.organizationId);
  if (user.role !== 'admin' && (data.role !== user.role || organizationId !== user.organizationId)) {
    reject('TOKEN_EXCEEDS_USER', `a token of user ${user.userId} may only carry the ${user.role} role and its organization`, 'role');
  }
  const { tokenId, role, displayName, expiresAt, reason } = data;
  return [{ type: 'AccessTokenIssued', data: { tokenId, role, organizationId, displayName, expiresAt, ...(reason ? { reason } : {}) } }];
}

function decide(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'InviteUser':
      return invite(command, state);
    case 'RegisterServiceUser':
      return registerService(command, state);
    case 'ReissueInvitation': {
      const user = existing(state);
      if (user.status === 'disabled') reject('USER_DISABLED', 'the user is disabled');
      if (user.activated || user.email === null) reject('INVITATION_ALREADY_ACCEPTED', 'the invitation was accepted already');
      const { reason } = command.data;
      return [{ type: 'InvitationReissued', data: { userId: user.userId, ...(reason ? { reason } : {}) } }];
    }
    case 'AcceptInvitation': {
      const user = existing(state);
      if (user.status === 'disabled') reject('USER_DISABLED', 'the user is disabled');
      if (user.activated || user.email === null) reject('INVITATION_ALREADY_ACCEPTED', 'the invitation was accepted already');
      return [{ type: 'InvitationAccepted', data: { userId: user.userId } }];
    }
    case 'ResetPassword': {
      const user = existing(state);
      if (user.status !== 'active' || user.email === null) reject('USER_NOT_ACTIVE', 'only an active user with an e-mail can reset a password');
      return [{ type: 'PasswordReset', data: { userId: user.userId } }];
    }
    case 'ChangeUserRole':
      return changeRole(command, existing(state));
    case 'ChangeUserOrganization': {
      const user = existing(state);
      const reason = requireReason(command.data.reason);
      if (!USER_ROLES_WITH_ORGANIZATION.includes(user.role)) reject('ORGANIZATION_NOT_APPLICABLE', `a user of role ${user.role} has no organization`, 'organizationId');
      if (command.data.organizationId === user.organizationId) return [];
      return [{ type: 'UserOrganizationChanged', data: { organizationId: command.data.organizationId, previousOrganizationId: user.organizationId, reason } }];
    }
    case 'DisableUser': {
      const user = existing(state);
      const reason = requireReason(command.data.reason);
      if (user.status === 'disabled') return [];
      if (user.userId === command.data.context.actorId) reject('CANNOT_DISABLE_SELF', 'you cannot disable yourself: ask another admin');
      requireAnotherAdmin(user, command.data.context, 'disabled');
      return [{ type: 'UserDisabled', data: { reason } }];
    }
    case 'EnableUser': {
      const user = existing(state);
      const reason = requireReason(command.data.reason);
      return user.status === 'disabled' ? [{ type: 'UserEnabled', data: { reason } }] : [];
    }
    case 'IssueAccessToken':
      return issueToken(command, existing(state));
    case 'RevokeAccessToken': {
      const user = existing(state);
      const token = user.tokens[command.data.tokenId];
      if (!token) reject('TOKEN_NOT_OWNED', `token ${command.data.tokenId} is not a token of user ${user.userId}`, 'tokenId');
      if (token.revoked) return [];
      const { tokenId, reason } = command.data;
      return [{ type: 'AccessTokenRevoked', data: { tokenId, ...(reason ? { reason } : {}) } }];
    }
    default:
      return assertNever(command);
  }
}

function evolve(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserInvited': {
      const { userId, email, displayName, role, organizationId, language } = event.data;
      return { status: 'invited', userId, email, displayName, role, organizationId, language, activated: false, tokens: {} };
    }
    case 'ServiceUserRegistered': {
      const { userId, displayName, role, organizationId } = event.data;
      return { status: 'active', userId, email: null, displayName, role, organizationId, language: 'en', activated: false, tokens: {} };
    }
    default:
      return state.status === 'none' ? state : evolveExisting(state, event);
  }
}

function evolveExisting(user: ExistingUser, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserInvited':
    case 'ServiceUserRegistered':
      return user;
    case 'InvitationAccepted':
      return { ...user, status: 'active', activated: true };
    case 'InvitationReissued':
    case 'PasswordReset':
      return user;
    case 'UserRoleChanged':
      return { ...user, role: event.data.role, organizationId: event.data.organizationId };
    case 'UserOrganizationChanged':
      return { ...user, organizationId: event.data.organizationId };
    case 'UserDisabled':
      return { ...user, status: 'disabled' };
    case 'UserEnabled':
      return { ...user, status: user.activated || user.email === null ? 'active' : 'invited' };
    case 'AccessTokenIssued': {
      const { tokenId, role, organizationId } = event.data;
      return { ...user, tokens: { ...user.tokens, [tokenId]: { role, organizationId, revoked: false } } };
    }
    case 'AccessTokenRevoked': {
      const token = user.tokens[event.data.tokenId];
      return token ? { ...user, tokens: { ...user.tokens, [event.data.tokenId]: { ...token, revoked: true } } } : user;
    }
    default:
      return assertNever(event);
  }
}

export const userDecider: Decider<UserState, UserCommand, UserEvent> = { initialState: () => ({ status: 'none' }), decide, evolve };

/** Whether a token of this user, with this role and organisation, may act now: the user is active and still holds those rights. */
export function tokenStillGranted(user: UserState, token: { role: UserRole; organizationId: string | null }): boolean {
  if (user.status !== 'active') return false;
  return user.role === 'admin' || (token.role === user.role && token.organizationId === user.organizationId);
}
