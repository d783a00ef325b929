import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { OrganizationList } from '../api/views';
import { useSession } from '../session';

export type OrganizationNames = (id: string) => string;

/**
 * Organisations by id, to show acronyms instead of ids. Donors may not list organisations, so for them
 * (and while loading) an id is shown shortened.
 */
export function useOrganizationNames(): OrganizationNames {
  const { can } = useSession();
  const allowed = can('admin', 'secretariat', 'agency', 'commission');
  const organizations = useQuery({
    queryKey: ['organizations'],
    enabled: allowed,
    staleTime: 5 * 60_000,
    queryFn: () => unwrap<OrganizationList>(api.GET('/organizations', { params: { query: { pageSize: 200 } as never } })),
  });
  const byId = new Map((organizations.data?.items ?? []).map((o) => [o.id, o.acronym]));
  return (id) => byId.get(id) ?? id.slice(0, 8);
}
