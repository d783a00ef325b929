import { given, stateAfter } from '../shared/decider-spec.js';
import type { OrganizationKind } from './organization.events.js';
import { organizationDecider } from './organization.decider.js';
import { aRegisterOrganization, aRenameOrganization, anOrganizationRegistered, anOrganizationRenamed } from './organization.fixtures.js';

describe('organization decider', () => {
  describe('RegisterOrganization', () => {
    it('registers a new organization, effective today by default', () => {
      given(organizationDecider, []).when(aRegisterOrganization()).then([anOrganizationRegistered()]);
    });

    it('keeps an IATI identifier given, and refuses one that is no organisation identifier', () => {
      given(organizationDecider, []).when(aRegisterOrganization({ iatiIdentifier: 'XM-DAC-41114' })).then([anOrganizationRegistered({ iatiIdentifier: 'XM-DAC-41114' })]);
      given(organizationDecider, []).when(aRegisterOrganization({ iatiIdentifier: 'IOM' })).thenThrows('INVALID_IATI_IDENTIFIER', 'iatiIdentifier');
    });

    it('takes an explicit effectiveOn for back-filled history', () => {
      given(organizationDecider, [])
        .when(aRegisterOrganization({ effectiveOn: '2011-01-15' }))
        .then([anOrganizationRegistered({ effectiveOn: '2011-01-15' })]);
    });

    it('refuses to register the same organization twice', () => {
      given(organizationDecider, [anOrganizationRegistered()]).when(aRegisterOrganization()).thenThrows('ORGANIZATION_ALREADY_REGISTERED');
    });

    it('refuses an unknown kind', () => {
      given(organizationDecider, [])
        .when(aRegisterOrganization({ kind: 'company' as OrganizationKind }))
        .thenThrows('INVALID_ORGANIZATION_KIND', 'kind');
    });

    it('refuses an effectiveOn in the future', () => {
      given(organizationDecider, []).when(aRegisterOrganization({ effectiveOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'effectiveOn');
    });

    it('refuses an effectiveOn that is not a date', () => {
      given(organizationDecider, []).when(aRegisterOrganization({ effectiveOn: '2016-02-30' })).thenThrows('INVALID_DATE', 'effectiveOn');
    });
  });

  describe('RenameOrganization', () => {
    it('renames a registered organization, keeping the acronym when none is given', () => {
      given(organizationDecider, [anOrganizationRegistered()]).when(aRenameOrganization()).then([anOrganizationRenamed()]);
    });

    it('records nothing when neither name nor acronym changes', () => {
      given(organizationDecider, [anOrganizationRegistered()])
        .when(aRenameOrganization({ name: 'Migration Service', acronym: 'MS' }))
        .then([]);
    });

    it('refuses to rename an organization that was never registered', () => {
      given(organizationDecider, []).when(aRenameOrganization()).thenThrows('ORGANIZATION_NOT_FOUND');
    });
  });

  it('evolves to the latest name', () => {
    const state = stateAfter(organizationDecider, [anOrganizationRegistered(), anOrganizationRenamed({ acronym: 'MSML' })]);
    expect(state).toEqual({
      status: 'registered',
      organizationId: anOrganizationRegistered().data.organizationId,
      name: 'Migration Service under the Ministry of Labour',
      acronym: 'MSML',
      kind: 'state_agency',
      country: 'TJ',
    });
  });
});
