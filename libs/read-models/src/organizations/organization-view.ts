import { withChanges, type OrganizationEvent, type OrganizationKind } from '#domain';
import { documentProjection } from '../projector/document-projection.js';
import { searchText } from '../shared/search.js';

export interface OrganizationView {
  id: string;
  name: string;
  acronym: string;
  kind: OrganizationKind;
  country: string;
  /** Its IATI organisation identifier, the `ref` in IATI exports; absent: written by name only. */
  iatiIdentifier?: string;
  /** The stream revision: the detail's ETag, for If-Match on a later correction. */
  revision: number;
}

/** Pure; corrections (an amendment event) get a case here and nothing else changes. */
export function evolveOrganizationView(view: OrganizationView | null, event: OrganizationEvent, revision: number): OrganizationView | null {
  switch (event.type) {
    case 'OrganizationRegistered': {
      const { organizationId, name, acronym, kind, country, iatiIdentifier } = event.data;
      return { id: organizationId, name, acronym, kind, country, ...(iatiIdentifier ? { iatiIdentifier } : {}), revision };
    }
    case 'OrganizationRenamed':
      return view && { ...view, revision, name: event.data.name, acronym: event.data.acronym };
    case 'OrganizationAmended':
      // An identifier removed (null) is absent, as on an organisation registered without one.
      return view && withChanges({ ...view, revision }, event.data.after);
    default:
      return view && { ...view, revision };
  }
}

export function organizationSearchText(view: OrganizationView): string {
  return searchText(view.acronym, view.name);
}

export const organizationProjection = documentProjection<OrganizationView, OrganizationEvent>({
  name: 'organizations',
  table: 'organization_view',
  aggregate: 'organization',
  evolve: evolveOrganizationView,
  columns: [
    { name: 'kind', type: 'text', value: (v) => v.kind },
    { name: 'country', type: 'text', value: (v) => v.country },
    { name: 'name', type: 'text', value: (v) => v.name },
    { name: 'search', type: 'text', value: organizationSearchText },
  ],
});
