import type { InviteUser, IssueAccessToken } from './user.commands.js';
import type { AccessTokenIssued, UserInvited } from './user.events.js';

export const USER_ID = '7a0c2a52-0b8e-4c4e-9a31-000000000001';
export const AGENCY_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000001';
export const TOKEN_ID = '7a0c2a52-0b8e-4c4e-9a31-0000000000a1';

export function anInviteUser(overrides: Partial<InviteUser['data']> = {}): InviteUser {
  return {
    type: 'InviteUser',
    data: { userId: USER_ID, email: 'clerk@example.org', displayName: 'Clerk', role: 'agency', organizationId: AGENCY_ID, language: 'ru', ...overrides },
  };
}

export function aUserInvited(overrides: Partial<UserInvited['data']> = {}): UserInvited {
  return {
    type: 'UserInvited',
    data: { userId: USER_ID, email: 'clerk@example.org', displayName: 'Clerk', role: 'agency', organizationId: AGENCY_ID, language: 'ru', ...overrides },
  };
}

export function anIssueAccessToken(overrides: Partial<IssueAccessToken['data']> = {}): IssueAccessToken {
  return {
    type: 'IssueAccessToken',
    data: { tokenId: TOKEN_ID, role: 'agency', organizationId: AGENCY_ID, displayName: 'reporting script', expiresAt: null, ...overrides },
  };
}

export function anAccessTokenIssued(overrides: Partial<AccessTokenIssued['data']> = {}): AccessTokenIssued {
  return {
    type: 'AccessTokenIssued',
    data: { tokenId: TOKEN_ID, role: 'agency', organizationId: AGENCY_ID, displayName: 'reporting script', expiresAt: null, ...overrides },
  };
}
