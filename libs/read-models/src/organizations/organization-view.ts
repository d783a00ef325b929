import type { OrganizationEvent, OrganizationKind } from '#domain';
import { documentProjection } from '../projector/document-projection.js';

export interface OrganizationView {
  id: string;
  name: string;
  acronym: string;
  kind: OrganizationKind;
  country: string;
}

export function evolveOrganizationView(view: OrganizationView | null, event: OrganizationEvent): OrganizationView | null {
  switch (event.type) {
    case 'OrganizationRegistered': {
      const { organizationId, name, acronym, kind, country } = event.data;
      return { id: organizationId, name, acronym, kind, country };
    }
    case 'OrganizationRenamed':
      return view && { ...view, name: event.data.name, acronym: event.data.acronym };
    default:
      return view;
  }
}

export const organizationProjection = documentProjection<OrganizationView, OrganizationEvent>({
  name: 'organizations',
  table: 'organization_view',
  aggregate: 'organization',
  evolve: evolveOrganizationView,
  columns: [{ name: 'kind', type: 'text', value: (v) => v.kind }],
});
