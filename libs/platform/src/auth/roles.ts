/** The roles of DESIGN.md's Access section. Stored as text in access_tokens.role: never rename one. */
export const ROLES = ['admin', 'secretariat', 'agency', 'commission', 'donor'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose rights depend on their organisation: a token of these roles must name one. */
export const ROLES_WITH_ORGANIZATION: readonly Role[] = ['agency', 'donor'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
