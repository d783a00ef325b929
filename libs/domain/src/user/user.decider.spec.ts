import { given, stateAfter } from '../shared/decider-spec.js';
import { tokenStillGranted, userDecider } from './user.decider.js';
import type { UserEvent } from './user.events.js';
import { AGENCY_ID, anAccessTokenIssued, anInviteUser, anIssueAccessToken, aUserInvited, TOKEN_ID, USER_ID } from './user.fixtures.js';

const accepted: UserEvent = { type: 'InvitationAccepted', data: { userId: USER_ID } };
const OTHER_AGENCY = '6f1c2a52-0b8e-4c4e-9a31-000000000002';
const ADMIN_ID = '7a0c2a52-0b8e-4c4e-9a31-0000000000ad';
/** Another admin acts, and one more admin besides the user commanded is active. */
const context = { actorId: ADMIN_ID, otherActiveAdmins: 1 };

describe('user decider', () => {
  describe('InviteUser', () => {
    it('invites a person with a role, an organisation and a language', () => {
      given(userDecider, []).when(anInviteUser({ reason: 'new focal point' })).then([aUserInvited({ reason: 'new focal point' })]);
    });
    it('drops the organisation of a role that has none', () => {
      given(userDecider, []).when(anInviteUser({ role: 'commission' })).then([aUserInvited({ role: 'commission', organizationId: null })]);
    });
    it('refuses an agency or donor without an organisation', () => {
      given(userDecider, []).when(anInviteUser({ organizationId: null })).thenThrows('ORGANIZATION_REQUIRED', 'organizationId');
    });
    it('refuses an unknown role or language', () => {
      given(userDecider, []).when(anInviteUser({ role: 'root' as never })).thenThrows('INVALID_ROLE', 'role');
      given(userDecider, []).when(anInviteUser({ language: 'fr' as never })).thenThrows('INVALID_LANGUAGE', 'language');
    });
    it('refuses to invite the same user twice', () => {
      given(userDecider, [aUserInvited()]).when(anInviteUser()).thenThrows('USER_ALREADY_EXISTS');
    });
  });

  describe('ReissueInvitation', () => {
    const reissue = { type: 'ReissueInvitation' as const, data: { reason: 'the first mail was lost' } };
    it('records a new invitation for a user who has not accepted yet, the user staying invited', () => {
      const state = given(userDecider, [aUserInvited()]).when(reissue).then([{ type: 'InvitationReissued', data: { userId: USER_ID, reason: 'the first mail was lost' } }]);
      expect(state).toMatchObject({ status: 'invited', activated: false });
    });
    it('refuses an accepted invitation, a disabled user, a service user and an unknown user', () => {
      given(userDecider, [aUserInvited(), accepted]).when(reissue).thenThrows('INVITATION_ALREADY_ACCEPTED');
      given(userDecider, [aUserInvited(), { type: 'UserDisabled', data: { reason: 'left' } }]).when(reissue).thenThrows('USER_DISABLED');
      const service: UserEvent = { type: 'ServiceUserRegistered', data: { userId: USER_ID, displayName: 'bootstrap admin', role: 'admin', organizationId: null, reason: 'first start' } };
      given(userDecider, [service]).when(reissue).thenThrows('INVITATION_ALREADY_ACCEPTED');
      given(userDecider, []).when(reissue).thenThrows('USER_NOT_FOUND');
    });
  });

  describe('AcceptInvitation and ResetPassword', () => {
    it('activates an invited user once', () => {
      const state = given(userDecider, [aUserInvited()]).when({ type: 'AcceptInvitation', data: { userId: USER_ID } }).then([accepted]);
      expect(state).toMatchObject({ status: 'active', activated: true });
      given(userDecider, [aUserInvited(), accepted]).when({ type: 'AcceptInvitation', data: { userId: USER_ID } }).thenThrows('INVITATION_ALREADY_ACCEPTED');
    });
    it('refuses a disabled user', () => {
      given(userDecider, [aUserInvited(), { type: 'UserDisabled', data: { reason: 'left' } }]).when({ type: 'AcceptInvitation', data: { userId: USER_ID } }).thenThrows('USER_DISABLED');
    });
    it('resets the password of an active user only', () => {
      given(userDecider, [aUserInvited(), accepted]).when({ type: 'ResetPassword', data: { userId: USER_ID } }).then([{ type: 'PasswordReset', data: { userId: USER_ID } }]);
      given(userDecider, [aUserInvited()]).when({ type: 'ResetPassword', data: { userId: USER_ID } }).thenThrows('USER_NOT_ACTIVE');
    });
  });

  describe('role, organisation, disabling', () => {
    it('changes the role with a reason, dropping the organisation of a role without one', () => {
      given(userDecider, [aUserInvited(), accepted])
        .when({ type: 'ChangeUserRole', data: { role: 'secretariat', reason: 'moved to the secretariat', context } })
        .then([{ type: 'UserRoleChanged', data: { role: 'secretariat', previousRole: 'agency', organizationId: null, previousOrganizationId: AGENCY_ID, reason: 'moved to the secretariat' } }]);
    });
    it('records nothing when the role stays, and refuses a blank reason', () => {
      given(userDecider, [aUserInvited()]).when({ type: 'ChangeUserRole', data: { role: 'agency', reason: 'same', context } }).then([]);
      given(userDecider, [aUserInvited()]).when({ type: 'ChangeUserRole', data: { role: 'admin', reason: ' ', context } }).thenThrows('REASON_REQUIRED', 'reason');
    });
    it('changes the organisation of an agency user only', () => {
      given(userDecider, [aUserInvited()])
        .when({ type: 'ChangeUserOrganization', data: { organizationId: OTHER_AGENCY, reason: 'transfer' } })
        .then([{ type: 'UserOrganizationChanged', data: { organizationId: OTHER_AGENCY, previousOrganizationId: AGENCY_ID, reason: 'transfer' } }]);
      given(userDecider, [aUserInvited({ role: 'admin', organizationId: null })])
        .when({ type: 'ChangeUserOrganization', data: { organizationId: OTHER_AGENCY, reason: 'transfer' } })
        .thenThrows('ORGANIZATION_NOT_APPLICABLE', 'organizationId');
    });
    it('disables and enables, each once, back to the status before', () => {
      const disabled: UserEvent = { type: 'UserDisabled', data: { reason: 'left the ministry' } };
      given(userDecider, [aUserInvited(), accepted]).when({ type: 'DisableUser', data: { reason: 'left the ministry', context } }).then([disabled]);
      given(userDecider, [aUserInvited(), accepted, disabled]).when({ type: 'DisableUser', data: { reason: 'again', context } }).then([]);
      const enabled = given(userDecider, [aUserInvited(), accepted, disabled]).when({ type: 'EnableUser', data: { reason: 'back' } }).then([{ type: 'UserEnabled', data: { reason: 'back' } }]);
      expect(enabled).toMatchObject({ status: 'active' });
      expect(stateAfter(userDecider, [aUserInvited(), disabled, { type: 'UserEnabled', data: { reason: 'back' } }])).toMatchObject({ status: 'invited' });
    });
    it('refuses to disable the user who gives the command, even with other admins', () => {
      given(userDecider, [aUserInvited({ userId: ADMIN_ID, role: 'admin', organizationId: null }), accepted])
        .when({ type: 'DisableUser', data: { reason: 'leaving', context: { actorId: ADMIN_ID, otherActiveAdmins: 3 } } })
        .thenThrows('CANNOT_DISABLE_SELF');
    });
    it('keeps an active admin: the last one is neither disabled nor given another role', () => {
      const admin = [aUserInvited({ role: 'admin', organizationId: null }), accepted];
      const last = { actorId: 'cli', otherActiveAdmins: 0 };
      given(userDecider, admin).when({ type: 'DisableUser', data: { reason: 'left', context: last } }).thenThrows('LAST_ADMIN');
      given(userDecider, admin).when({ type: 'ChangeUserRole', data: { role: 'secretariat', reason: 'moved', context: last } }).thenThrows('LAST_ADMIN');
      given(userDecider, admin)
        .when({ type: 'ChangeUserRole', data: { role: 'agency', organizationId: AGENCY_ID, reason: 'moved', context: { ...last, actorId: USER_ID } } })
        .thenThrows('LAST_ADMIN');
      // Another active admin: either may be disabled or demoted by the other.
      given(userDecider, admin).when({ type: 'DisableUser', data: { reason: 'left', context } }).then([{ type: 'UserDisabled', data: { reason: 'left' } }]);
      given(userDecider, admin)
        .when({ type: 'ChangeUserRole', data: { role: 'commission', reason: 'moved', context } })
        .then([{ type: 'UserRoleChanged', data: { role: 'commission', previousRole: 'admin', organizationId: null, previousOrganizationId: null, reason: 'moved' } }]);
    });
    it('lets the last admin stay an admin, and leaves invited and disabled admins to the other rules', () => {
      const last = { actorId: USER_ID, otherActiveAdmins: 0 };
      const admin = [aUserInvited({ role: 'admin', organizationId: null }), accepted];
      given(userDecider, admin).when({ type: 'ChangeUserRole', data: { role: 'admin', reason: 'same', context: last } }).then([]);
      const invited = [aUserInvited({ role: 'admin', organizationId: null })];
      given(userDecider, invited).when({ type: 'DisableUser', data: { reason: 'never came', context: { ...last, actorId: 'cli' } } }).then([{ type: 'UserDisabled', data: { reason: 'never came' } }]);
      given(userDecider, invited)
        .when({ type: 'ChangeUserRole', data: { role: 'commission', reason: 'other job', context: last } })
        .then([{ type: 'UserRoleChanged', data: { role: 'commission', previousRole: 'admin', organizationId: null, previousOrganizationId: null, reason: 'other job' } }]);
      given(userDecider, [...admin, { type: 'UserDisabled', data: { reason: 'left' } }]).when({ type: 'DisableUser', data: { reason: 'again', context: last } }).then([]);
    });
    it('refuses commands on a user that does not exist', () => {
      given(userDecider, []).when({ type: 'DisableUser', data: { reason: 'x', context } }).thenThrows('USER_NOT_FOUND');
    });
  });

  describe('tokens', () => {
    it('issues a token carrying the user role and organisation', () => {
      given(userDecider, [aUserInvited(), accepted]).when(anIssueAccessToken()).then([anAccessTokenIssued()]);
    });
    it('refuses a token with more rights than its owner, unless the owner is an admin', () => {
      given(userDecider, [aUserInvited(), accepted]).when(anIssueAccessToken({ role: 'secretariat', organizationId: null })).thenThrows('TOKEN_EXCEEDS_USER', 'role');
      given(userDecider, [aUserInvited(), accepted]).when(anIssueAccessToken({ organizationId: OTHER_AGENCY })).thenThrows('TOKEN_EXCEEDS_USER', 'role');
      const admin = { type: 'ServiceUserRegistered', data: { userId: USER_ID, displayName: 'bootstrap admin', role: 'admin', organizationId: null, reason: 'bootstrap' } } as UserEvent;
      given(userDecider, [admin]).when(anIssueAccessToken({ organizationId: OTHER_AGENCY })).then([anAccessTokenIssued({ organizationId: OTHER_AGENCY })]);
    });
    it('refuses tokens for an invited or disabled user', () => {
      given(userDecider, [aUserInvited()]).when(anIssueAccessToken()).thenThrows('USER_NOT_ACTIVE');
    });
    it('revokes a token of the user once', () => {
      given(userDecider, [aUserInvited(), accepted, anAccessTokenIssued()])
        .when({ type: 'RevokeAccessToken', data: { tokenId: TOKEN_ID, reason: 'leaked' } })
        .then([{ type: 'AccessTokenRevoked', data: { tokenId: TOKEN_ID, reason: 'leaked' } }]);
      given(userDecider, [aUserInvited(), accepted, anAccessTokenIssued(), { type: 'AccessTokenRevoked', data: { tokenId: TOKEN_ID } }])
        .when({ type: 'RevokeAccessToken', data: { tokenId: TOKEN_ID } })
        .then([]);
      given(userDecider, [aUserInvited(), accepted]).when({ type: 'RevokeAccessToken', data: { tokenId: TOKEN_ID } }).thenThrows('TOKEN_NOT_OWNED', 'tokenId');
    });
    it('grants a token while its owner is active and still holds its role', () => {
      const token = { role: 'agency' as const, organizationId: AGENCY_ID };
      expect(tokenStillGranted(stateAfter(userDecider, [aUserInvited(), accepted]), token)).toBe(true);
      expect(tokenStillGranted(stateAfter(userDecider, [aUserInvited(), accepted, { type: 'UserDisabled', data: { reason: 'x' } }]), token)).toBe(false);
      const moved: UserEvent = { type: 'UserOrganizationChanged', data: { organizationId: OTHER_AGENCY, previousOrganizationId: AGENCY_ID, reason: 'x' } };
      expect(tokenStillGranted(stateAfter(userDecider, [aUserInvited(), accepted, moved]), token)).toBe(false);
    });
  });
});
