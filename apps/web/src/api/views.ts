/**
 * The shapes of the answers this application reads. The OpenAPI document does not describe most read
 * answers yet, so these are written here from the API's README; the requests themselves are typed.
 */
export type Titles = Partial<Record<'en' | 'ru' | 'tg', string>>;

export interface Me {
  user: { id: string; displayName: string; email: string } | null;
  role: Role;
  organizationId: string | null;
  language: 'en' | 'ru' | 'tg';
  via: 'session' | 'token';
  csrfToken?: string;
}
export type Role = 'admin' | 'secretariat' | 'agency' | 'commission' | 'donor';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface PlanSummary {
  id: string;
  code: string;
  title: Titles;
  periodStart: string;
  periodEnd: string;
  status: string;
}

export interface Tally {
  activities: number;
  overdue: number;
  percentComplete: number | null;
}

export interface Dashboard {
  planId: string;
  code: string;
  title: Titles;
  status: string;
  asOf: string;
  activities: { total: number; byStatus: Record<string, number>; overdue: number };
  percentComplete: number | null;
  budget: { currency: string; planned: string; committed: string; disbursed: string }[];
  byObjective: (Tally & { objectiveId: string; code: string; title: string; byStatus: Record<string, number> })[];
  byProvince: (Tally & { province: string })[];
  byDonor?: { donorId: string; name: string | null; currency: string; committed: string; disbursed: string; activities: number }[];
  decisions: { total: number; byStatus: Record<string, number>; overdue: number };
  recommendations: { total: number; byStatus: Record<string, number> };
}

export interface Activity {
  id: string;
  planId: string;
  code: string;
  title: string;
  titles: Titles;
  description: string | null;
  status: string;
  percentComplete: number;
  overdue?: boolean;
  plannedStart: string;
  plannedEnd: string;
  startedOn: string | null;
  completedOn: string | null;
  locations: { province: string; district?: string }[];
  budget: { amount: string; currency: string } | null;
  indicators: { indicatorId: string; name: string; unit: string; baseline: number; target: number; latestValue: number | null; retired?: boolean }[];
  funding: { donorId: string; currency: string; committed: string; disbursed: string }[];
  progressReports: { periodStart: string; periodEnd: string; percentComplete: number }[];
}

export interface HistoryEntry {
  type: string;
  revision: number;
  recordedAt: string;
  effectiveOn?: string | null;
  actor: { id: string | null; name: string | null };
  role: string | null;
  reason?: string | null;
  data: Record<string, unknown>;
}

export interface AuditEntry extends HistoryEntry {
  position: string;
  stream: string;
  eventId: string;
}

export interface AuditVerification {
  ok: boolean;
  mode: string;
  eventsChecked: number;
  failureCount: number;
  digest: string | null;
  position: string | null;
}
