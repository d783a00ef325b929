import type { RegisterOrganization, RenameOrganization } from './organization.commands.js';
import type { OrganizationRegistered, OrganizationRenamed } from './organization.events.js';

export const ORGANIZATION_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000001';
export const TODAY = '2016-03-01';

export function aRegisterOrganization(overrides: Partial<RegisterOrganization['data']> = {}): RegisterOrganization {
  return {
    type: 'RegisterOrganization',
    data: {
      organizationId: ORGANIZATION_ID,
      name: 'Migration Service',
      acronym: 'MS',
      kind: 'state_agency',
      country: 'TJ',
      today: TODAY,
      ...overrides,
    },
  };
}

export function anOrganizationRegistered(overrides: Partial<OrganizationRegistered['data']> = {}): OrganizationRegistered {
  return {
    type: 'OrganizationRegistered',
    data: {
      organizationId: ORGANIZATION_ID,
      name: 'Migration Service',
      acronym: 'MS',
      kind: 'state_agency',
      country: 'TJ',
      effectiveOn: TODAY,
      ...overrides,
    },
  };
}

export function aRenameOrganization(overrides: Partial<RenameOrganization['data']> = {}): RenameOrganization {
  return {
    type: 'RenameOrganization',
    data: { organizationId: ORGANIZATION_ID, name: 'Migration Service under the Ministry of Labour', today: TODAY, ...overrides },
  };
}

export function anOrganizationRenamed(overrides: Partial<OrganizationRenamed['data']> = {}): OrganizationRenamed {
  return {
    type: 'OrganizationRenamed',
    data: {
      name: 'Migration Service under the Ministry of Labour',
      acronym: 'MS',
      previousName: 'Migration Service',
      previousAcronym: 'MS',
      effectiveOn: TODAY,
      ...overrides,
    },
  };
}
