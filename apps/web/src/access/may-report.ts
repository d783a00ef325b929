import type { Activity } from '../api/views';

/** Whether a person may report on an activity, as the API decides it: the secretariat always, an agency on what it leads or partners in. */
export function mayReport(activity: Pick<Activity, 'leadAgencyId' | 'partnerAgencyIds'>, role: string | undefined, organizationId: string | null | undefined): boolean {
  if (role === 'admin' || role === 'secretariat') return true;
  return role === 'agency' && !!organizationId && (activity.leadAgencyId === organizationId || activity.partnerAgencyIds.includes(organizationId));
}
