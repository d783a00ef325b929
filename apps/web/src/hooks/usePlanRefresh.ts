import { useQueryClient } from '@tanstack/react-query';

/**
 * Reads a plan again once it has changed, wherever it shows: its record and history, the list of plans
 * (status, period, title), the tracking table and the dashboard (periods, objective indicators).
 */
export function usePlanRefresh(planId: string): () => Promise<void> {
  const queries = useQueryClient();
  return async () => {
    await Promise.all(
      [['plan', planId], ['plans'], ['plan-history', planId], ['indicator-table', planId], ['dashboard', planId]].map((queryKey) =>
        queries.invalidateQueries({ queryKey }),
      ),
    );
  };
}
