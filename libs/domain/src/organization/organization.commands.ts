import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Changes } from '../shared/same-value.js';
import type { AmendableOrganization, OrganizationKind } from './organization.events.js';

export type RegisterOrganization = DomainCommand<
  'RegisterOrganization',
  CommandClock & { organizationId: string; name: string; acronym: string; kind: OrganizationKind; country: string; iatiIdentifier?: string }
>;
/** `acronym` omitted keeps the current one. */
export type RenameOrganization = DomainCommand<'RenameOrganization', CommandClock & { organizationId: string; name: string; acronym?: string }>;

/** Corrects name, acronym, kind, country or IATI identifier; the fields given replace the current ones. */
/** null removes the IATI identifier. */
export type AmendOrganization = DomainCommand<'AmendOrganization', Changes<AmendableOrganization, 'iatiIdentifier'> & { organizationId: string; reason: string }>;

export type OrganizationCommand = RegisterOrganization | RenameOrganization | AmendOrganization;
