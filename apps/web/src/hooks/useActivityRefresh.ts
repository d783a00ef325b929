import { useQueryClient } from '@tanstack/react-query';

/** Reads an activity again once it has changed, wherever it shows: its record and history, its plan's tracking table and dashboard. */
export function useActivityRefresh(activity: { id: string; planId: string }): () => Promise<void> {
  const queries = useQueryClient();
  return async () => {
    await Promise.all(
      [
        ['activity', activity.id],
        ['activity-history', activity.id],
        ['indicator-table', activity.planId],
        ['dashboard', activity.planId],
      ].map((queryKey) => queries.invalidateQueries({ queryKey })),
    );
  };
}
