import { useQueryClient } from '@tanstack/react-query';

/** Reads every decision again (the tracker, a decision, a picker of them) once one has changed. */
export function useDecisionsRefresh(): () => Promise<void> {
  const queries = useQueryClient();
  return () => queries.invalidateQueries({ queryKey: ['decisions'] });
}
