import type { ExistingUser, UserState } from '#domain';

/** A user as shown to admins and to the user: never a secret. */
export interface UserView {
  id: string;
  email: string | null;
  displayName: string;
  role: ExistingUser['role'];
  organizationId: string | null;
  language: ExistingUser['language'];
  status: ExistingUser['status'];
}

export function userView(state: UserState): UserView | null {
  if (state.status === 'none') return null;
  const { userId, email, displayName, role, organizationId, language, status } = state;
  return { id: userId, email, displayName, role, organizationId, language, status };
}
