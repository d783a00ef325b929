import type { OrganizationKind } from './organization.events.js';

export type OrganizationState =
  | { status: 'none' }
  | { status: 'registered'; organizationId: string; name: string; acronym: string; kind: OrganizationKind; country: string; iatiIdentifier?: string };
