import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { plansQuery, reportingQuery } from '../api/first-queries';
import type { ReportingStatus } from '../api/views';

export type ReportOwed = ReportingStatus['missing'][number] & { plan: string };

/**
 * The reports due and not in over every plan with a reporting calendar (each plan's `GET /plans/:id/reporting`),
 * oldest due first; those of the activities `leadAgencyId` leads when it is given. `owed` is undefined until
 * every plan has answered.
 */
export function useReportsOwed(leadAgencyId?: string): { owed?: ReportOwed[]; error: unknown } {
  const { i18n } = useTranslation();
  const plans = useQuery(plansQuery());
  const statuses = useQueries({
    queries: (plans.data?.items ?? []).map((plan) => reportingQuery(plan.id, undefined, undefined, i18n.language)),
  });
  const error = plans.error ?? statuses.find((s) => s.error)?.error ?? null;
  if (!plans.data || !statuses.every((s) => s.data)) return { error };
  const codeOf = new Map(plans.data.items.map((p) => [p.id, p.code]));
  const owed = statuses
    .flatMap((s) => s.data!.missing.map((m) => ({ ...m, plan: codeOf.get(s.data!.planId) ?? '' })))
    .filter((m) => !leadAgencyId || m.leadAgencyId === leadAgencyId)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code));
  return { owed, error };
}
