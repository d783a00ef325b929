import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { AmendableOrganization, OrganizationKind } from './organization.events.js';

export type RegisterOrganization = DomainCommand<
  'RegisterOrganization',
  CommandClock & { organizationId: string; name: string; acronym: string; kind: OrganizationKind; country: string; iatiIdentifier?: string }
>;
/** `acronym` omitted keeps the current one. */
export type RenameOrganization = DomainCommand<'RenameOrganization', CommandClock & { organizationId: string; name: string; acronym?: string }>;

/** Corrects name, acronym, kind, country or IATI identifier; the fields given replace the current ones. */
export type AmendOrganization = DomainCommand<'AmendOrganization', Partial<AmendableOrganization> & { organizationId: string; reason: string }>;

export type OrganizationCommand = RegisterOrganization | RenameOrganization | AmendOrganization;
