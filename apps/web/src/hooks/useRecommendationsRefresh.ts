import { useQueryClient } from '@tanstack/react-query';

/**
 * Reads again every page that shows a recommendation once one has changed: the board (and the pickers of
 * them), a meeting's page (what became of each made at it), a session's page (those put before it) and a
 * plan's dashboard (recommendations by status).
 */
export function useRecommendationsRefresh(): () => Promise<void> {
  const queries = useQueryClient();
  return async () => {
    await Promise.all(['recommendations', 'meeting', 'session', 'dashboard'].map((key) => queries.invalidateQueries({ queryKey: [key] })));
  };
}
