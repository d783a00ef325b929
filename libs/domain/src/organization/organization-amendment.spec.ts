import { given, stateAfter } from '../shared/decider-spec.js';
import type { AmendOrganization } from './organization.commands.js';
import type { OrganizationAmended } from './organization.events.js';
import { organizationDecider } from './organization.decider.js';
import { anOrganizationRegistered, ORGANIZATION_ID } from './organization.fixtures.js';

const amend = (fields: Partial<AmendOrganization['data']>): AmendOrganization => ({ type: 'AmendOrganization', data: { organizationId: ORGANIZATION_ID, reason: 'registered with a typo', ...fields } });

describe('organization decider: AmendOrganization (a correction)', () => {
  it('records only what changes, before and after', () => {
    const registered = anOrganizationRegistered();
    const amended: OrganizationAmended = {
      type: 'OrganizationAmended',
      data: { before: { kind: registered.data.kind, country: registered.data.country }, after: { kind: 'ngo', country: 'RU' }, reason: 'registered with a typo' },
    };
    given(organizationDecider, [registered]).when(amend({ kind: 'ngo', country: 'RU', name: registered.data.name })).then([amended]);
    expect(stateAfter(organizationDecider, [registered, amended])).toMatchObject({ kind: 'ngo', country: 'RU', name: registered.data.name });
  });

  it('records nothing when nothing changes', () => {
    given(organizationDecider, [anOrganizationRegistered()]).when(amend({ name: anOrganizationRegistered().data.name })).then([]);
  });

  it('refuses an unknown organisation, no field, a blank reason, an unknown kind', () => {
    given(organizationDecider, []).when(amend({ name: 'x' })).thenThrows('ORGANIZATION_NOT_FOUND');
    given(organizationDecider, [anOrganizationRegistered()]).when(amend({})).thenThrows('AMENDMENT_EMPTY');
    given(organizationDecider, [anOrganizationRegistered()]).when(amend({ name: 'x', reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
    given(organizationDecider, [anOrganizationRegistered()]).when(amend({ kind: 'club' as never })).thenThrows('INVALID_ORGANIZATION_KIND', 'kind');
  });

  it('sets an IATI identifier the registration lacked, and refuses one not shaped as an agency prefix then an id', () => {
    const registered = anOrganizationRegistered();
    given(organizationDecider, [registered]).when(amend({ iatiIdentifier: 'XI-IATI-EC_INTPA' })).then([
      { type: 'OrganizationAmended', data: { before: {}, after: { iatiIdentifier: 'XI-IATI-EC_INTPA' }, reason: 'registered with a typo' } },
    ]);
    for (const bad of ['41114', 'XM DAC 41114', 'xm-DAC-1', 'XM-DAC-a/b'])
      given(organizationDecider, [registered]).when(amend({ iatiIdentifier: bad })).thenThrows('INVALID_IATI_IDENTIFIER', 'iatiIdentifier');
  });

  it('removes the IATI identifier with null (before: what it was); removing it again records nothing', () => {
    const registered = anOrganizationRegistered({ iatiIdentifier: 'XM-DAC-41114' });
    const removed: OrganizationAmended = { type: 'OrganizationAmended', data: { before: { iatiIdentifier: 'XM-DAC-41114' }, after: { iatiIdentifier: null }, reason: 'registered with a typo' } };
    given(organizationDecider, [registered]).when(amend({ iatiIdentifier: null })).then([removed]);
    expect(stateAfter(organizationDecider, [registered, removed])).not.toHaveProperty('iatiIdentifier');
    given(organizationDecider, [registered, removed]).when(amend({ iatiIdentifier: null })).then([]);
  });
});
