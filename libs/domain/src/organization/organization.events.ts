import type { DomainEvent } from '../shared/decider.js';
import type { Changes } from '../shared/same-value.js';
import { STREAM_PREFIX } from '../shared/streams.js';

export const ORGANIZATION_KINDS = ['ministry', 'state_agency', 'international_organization', 'ngo', 'diaspora_organization', 'donor'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export type OrganizationRegistered = DomainEvent<
  'OrganizationRegistered',
  { organizationId: string; name: string; acronym: string; kind: OrganizationKind; country: string; effectiveOn: string; iatiIdentifier?: string }
>;
/** Ministries are renamed and reorganised; the id stays, the name in reports follows. */
export type OrganizationRenamed = DomainEvent<
  'OrganizationRenamed',
  { name: string; acronym: string; previousName: string; previousAcronym: string; effectiveOn: string }
>;

/** The fields a correction may change. */
export interface AmendableOrganization {
  name: string;
  acronym: string;
  kind: OrganizationKind;
  country: string;
  /** The organisation's IATI identifier (`XM-DAC-41114`), the `ref` of IATI exports; optional (schema v4 events lack it). */
  iatiIdentifier: string;
}
/**
 * A correction of what was registered by mistake (a rename is a change in the world, effective on a
 * date): `before` and `after` hold only the fields that change (after `iatiIdentifier: null`: removed);
 * no effectiveOn, so every asOf sees it.
 */
export type OrganizationAmended = DomainEvent<'OrganizationAmended', { before: Partial<AmendableOrganization>; after: Changes<AmendableOrganization, 'iatiIdentifier'>; reason: string }>;

export type OrganizationEvent = OrganizationRegistered | OrganizationRenamed | OrganizationAmended;
export type OrganizationEventType = OrganizationEvent['type'];

const eventTypes: Record<OrganizationEventType, true> = { OrganizationRegistered: true, OrganizationRenamed: true, OrganizationAmended: true };
export const ORGANIZATION_EVENT_TYPES = Object.keys(eventTypes) as OrganizationEventType[];

export function organizationStream(organizationId: string): string {
  return STREAM_PREFIX.organization + organizationId;
}
