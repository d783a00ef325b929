import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { OrganizationKind } from './organization.events.js';

export type RegisterOrganization = DomainCommand<
  'RegisterOrganization',
  CommandClock & { organizationId: string; name: string; acronym: string; kind: OrganizationKind; country: string }
>;
/** `acronym` omitted keeps the current one. */
export type RenameOrganization = DomainCommand<'RenameOrganization', CommandClock & { organizationId: string; name: string; acronym?: string }>;

export type OrganizationCommand = RegisterOrganization | RenameOrganization;
