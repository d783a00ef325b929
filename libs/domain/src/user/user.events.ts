import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';

/** The five roles of DESIGN.md's Access section (the platform's ROLES are the same list). */
export const USER_ROLES = ['admin', 'secretariat', 'agency', 'commission', 'donor'] as const;
export type UserRole = (typeof USER_ROLES)[number];
/** Roles whose rights depend on an organisation: a user or token of these roles names one. */
export const USER_ROLES_WITH_ORGANIZATION: readonly UserRole[] = ['agency', 'donor'];

/** The languages messages are written in. */
export const USER_LANGUAGES = ['en', 'ru', 'tg'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

/**
 * An admin invited a person by e-mail. No secret is in any event: the one-time link and the password
 * hash live in tables of the read-model database, written by the use case.
 */
export type UserInvited = DomainEvent<
  'UserInvited',
  { userId: string; email: string; displayName: string; role: UserRole; organizationId: string | null; language: UserLanguage; reason?: string }
>;
/**
 * A user who never signs in with a password: the bootstrap admin, owner of BOOTSTRAP_ADMIN_TOKEN and of
 * the tokens issued before users existed.
 */
export type ServiceUserRegistered = DomainEvent<
  'ServiceUserRegistered',
  { userId: string; displayName: string; role: UserRole; organizationId: string | null; reason: string }
>;
/** An admin sent the invitation again: a new link, the older one retired (neither is in the event). */
export type InvitationReissued = DomainEvent<'InvitationReissued', { userId: string; reason?: string }>;
/** The invitation link was followed and a password set: the account is active. */
export type InvitationAccepted = DomainEvent<'InvitationAccepted', { userId: string }>;
/** A reset link was followed and a new password set; the user's sessions end. */
export type PasswordReset = DomainEvent<'PasswordReset', { userId: string }>;
export type UserRoleChanged = DomainEvent<
  'UserRoleChanged',
  { role: UserRole; previousRole: UserRole; organizationId: string | null; previousOrganizationId: string | null; reason: string }
>;
export type UserOrganizationChanged = DomainEvent<'UserOrganizationChanged', { organizationId: string; previousOrganizationId: string | null; reason: string }>;
export type UserDisabled = DomainEvent<'UserDisabled', { reason: string }>;
export type UserEnabled = DomainEvent<'UserEnabled', { reason: string }>;
/** A bearer token issued to this user (never its secret nor its hash). */
export type AccessTokenIssued = DomainEvent<
  'AccessTokenIssued',
  { tokenId: string; role: UserRole; organizationId: string | null; displayName: string; expiresAt: string | null; reason?: string }
>;
export type AccessTokenRevoked = DomainEvent<'AccessTokenRevoked', { tokenId: string; reason?: string }>;

export type UserEvent =
  | UserInvited
  | ServiceUserRegistered
  | InvitationReissued
  | InvitationAccepted
  | PasswordReset
  | UserRoleChanged
  | UserOrganizationChanged
  | UserDisabled
  | UserEnabled
  | AccessTokenIssued
  | AccessTokenRevoked;
export type UserEventType = UserEvent['type'];

const eventTypes: Record<UserEventType, true> = {
  UserInvited: true,
  ServiceUserRegistered: true,
  InvitationReissued: true,
  InvitationAccepted: true,
  PasswordReset: true,
  UserRoleChanged: true,
  UserOrganizationChanged: true,
  UserDisabled: true,
  UserEnabled: true,
  AccessTokenIssued: true,
  AccessTokenRevoked: true,
};
export const USER_EVENT_TYPES = Object.keys(eventTypes) as UserEventType[];

export function userStream(userId: string): string {
  return STREAM_PREFIX.user + userId;
}
