import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import type { OrganizationList } from '../api/views';
import { useSession } from '../session';

export type OrganizationNames = (id: string) => string;
export type Organization = OrganizationList['items'][number];

/** Every organisation, for the roles that may list them (donors may not: for them the list is empty). */
export function useOrganizationList(): Organization[] {
  const { can } = useSession();
  const organizations = useQuery({
    queryKey: ['organizations'],
    enabled: can('admin', 'secretariat', 'agency', 'commission'),
    staleTime: 5 * 60_000,
    queryFn: () => allPages((page) => unwrap<OrganizationList>(api.GET('/organizations', { params: { query: { page, pageSize: 200 } } }))),
  });
  return organizations.data?.items ?? [];
}

/** Organisations by id, to show acronyms instead of ids; an id is shown shortened when unknown (or for donors). */
export function useOrganizationNames(): OrganizationNames {
  const byId = new Map(useOrganizationList().map((o) => [o.id, o.acronym]));
  return (id) => byId.get(id) ?? id.slice(0, 8);
}

/** Organisations by id, whole (name and acronym); undefined when unknown (or for donors, who may not list them). */
export function useOrganizationById(): (id: string) => Organization | undefined {
  const byId = new Map(useOrganizationList().map((o) => [o.id, o]));
  return (id) => byId.get(id);
}
