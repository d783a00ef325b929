import type { DomainCommand } from '../shared/decider.js';
import type { UserLanguage, UserRole } from './user.events.js';

export type InviteUser = DomainCommand<
  'InviteUser',
  { userId: string; email: string; displayName: string; role: UserRole; organizationId: string | null; language: UserLanguage; reason?: string }
>;
export type RegisterServiceUser = DomainCommand<'RegisterServiceUser', { userId: string; displayName: string; role: UserRole; reason: string }>;
/** A new invitation link for a user who has not accepted yet; the older link stops working. */
export type ReissueInvitation = DomainCommand<'ReissueInvitation', { reason?: string }>;
export type AcceptInvitation = DomainCommand<'AcceptInvitation', { userId: string }>;
export type ResetPassword = DomainCommand<'ResetPassword', { userId: string }>;
/**
 * What the application read of the other users for the rules that keep someone able to administer the
 * service: `actorId`, who gives the command; `otherActiveAdmins`, how many users other than this one are
 * active admins.
 */
export interface AdminsContext {
  actorId: string;
  otherActiveAdmins: number;
}
/** `organizationId` is required when the new role is agency or donor, and dropped otherwise. */
export type ChangeUserRole = DomainCommand<'ChangeUserRole', { role: UserRole; organizationId?: string | null; reason: string; context: AdminsContext }>;
export type ChangeUserOrganization = DomainCommand<'ChangeUserOrganization', { organizationId: string; reason: string }>;
export type DisableUser = DomainCommand<'DisableUser', { reason: string; context: AdminsContext }>;
export type EnableUser = DomainCommand<'EnableUser', { reason: string }>;
/** `self`: the user issues a token for themselves (otherwise an admin does, for anyone). */
export type IssueAccessToken = DomainCommand<
  'IssueAccessToken',
  { tokenId: string; role: UserRole; organizationId: string | null; displayName: string; expiresAt: string | null; reason?: string }
>;
export type RevokeAccessToken = DomainCommand<'RevokeAccessToken', { tokenId: string; reason?: string }>;

export type UserCommand =
  | InviteUser
  | RegisterServiceUser
  | ReissueInvitation
  | AcceptInvitation
  | ResetPassword
  | ChangeUserRole
  | ChangeUserOrganization
  | DisableUser
  | EnableUser
  | IssueAccessToken
  | RevokeAccessToken;
