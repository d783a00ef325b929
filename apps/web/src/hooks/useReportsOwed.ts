import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { ReportsOwed } from '../api/views';

export type ReportOwed = ReportsOwed['items'][number];

/**
 * The reports due and not in over every plan with a reporting calendar, oldest due first (`GET
 * /progress-reports/owed`): those of the activities `agencyId` leads or partners when it is given, and those
 * falling due until `dueBy` when it is a date ahead.
 */
export function useReportsOwed(agencyId?: string, dueBy?: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reports-owed', agencyId, dueBy, i18n.language],
    queryFn: () => unwrap<ReportsOwed>(api.GET('/progress-reports/owed', { params: { query: { agencyId, dueBy } } })),
  });
}

/** After a report or a step of its approval: what is owed, underway and counted per plan is asked again. */
export async function forgetReportingWork(queries: QueryClient): Promise<void> {
  await Promise.all(['reports-owed', 'pending-reports', 'reporting'].map((key) => queries.invalidateQueries({ queryKey: [key] })));
}
