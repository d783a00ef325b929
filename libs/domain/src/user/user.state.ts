import type { UserLanguage, UserRole } from './user.events.js';

export interface UserToken {
  role: UserRole;
  organizationId: string | null;
  revoked: boolean;
}

export type UserState =
  | { status: 'none' }
  | {
      /** invited: no password yet; active: may sign in and act; disabled: nothing works, sessions and tokens included. */
      status: 'invited' | 'active' | 'disabled';
      userId: string;
      /** null for a service user, who never signs in with a password. */
      email: string | null;
      displayName: string;
      role: UserRole;
      organizationId: string | null;
      language: UserLanguage;
      /** Whether a password was ever set (the invitation accepted). */
      activated: boolean;
      tokens: Record<string, UserToken>;
    };

export type ExistingUser = Exclude<UserState, { status: 'none' }>;
