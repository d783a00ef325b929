import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Evidence } from '#domain';
import { isOverdue, type ActivityView } from '../activities/activity-view.js';
import { readActivityViews } from '../activities/activity-reports.js';
import type { OrganizationView } from '../organizations/organization-view.js';
import type { PlanView } from '../plans/plan-view.js';
import { todayUtc } from '../shared/time-travel.js';

export interface FundingTransaction {
  activityId: string;
  kind: 'commitment' | 'disbursement';
  donorId: string;
  amount: string;
  currency: string;
  date: string;
}

/** An evidence link of a progress report in force, with the report's period. */
export interface ExportEvidence extends Evidence {
  periodStart: string;
  periodEnd: string;
}

export type ExportActivity = ActivityView & {
  overdue: boolean;
  /** When the activity's last event was recorded: IATI's last-updated-datetime, stable between downloads. */
  lastUpdatedAt: string;
  /** When the activity was first recorded: the plan codes corrected before it were never in its IATI identifier. */
  firstRecordedAt: string | null;
  evidence: ExportEvidence[];
  /** Countries with percentages, once the geography (issue 12) records them; absent: Tajikistan, 100 %. */
  recipientCountries?: { code: string; percentage: number }[];
};

/** One audit entry of the plan's streams, for the commission's audit sheet. */
export interface ExportAuditEntry {
  recordedAt: Date;
  actorName: string | null;
  role: string | null;
  type: string;
  stream: string;
  reason: string | null;
}

export interface PlanExport {
  plan: PlanView;
  asOf: string;
  activities: ExportActivity[];
  organizations: Map<string, OrganizationView>;
  /** Every commitment and disbursement with its own date, for IATI transactions. */
  transactions: FundingTransaction[];
  /** Only when asked for (never for donors). */
  audit?: ExportAuditEntry[];
}

/**
 * `donorId`: a donor's export holds only the activities it funds (a commitment or disbursement line of
 * its own) and only its own funding lines and transactions.
 */
export interface PlanExportOptions {
  donorId?: string;
  withAudit?: boolean;
}

type StreamRow<D> = { stream: string; revision: number; type: string; data: D };
type FundingData = { donorId: string; money: { amount: string; currency: string }; committedOn?: string; disbursedOn?: string; entryRevision?: number };
type ProgressData = { periodStart: string; periodEnd: string; evidence?: Evidence[]; after?: { evidence: Evidence[] } };

const FUNDING_EVENTS = ['FundsCommitted', 'FundsDisbursed', 'FundsCommitmentReversed', 'FundsDisbursementReversed'];
const PROGRESS_EVENTS = ['ActivityProgressReported', 'ActivityProgressCorrected', 'ActivityProgressWithdrawn'];
const activityOf = (stream: string) => stream.slice('activity-'.length);

/** Everything the CSV, XLSX and IATI exports of a plan need, read once from the read models. */
@Injectable()
export class PlanExportQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(planId: string, options: PlanExportOptions = {}): Promise<PlanExport | undefined> {
    const plans: { view: PlanView }[] = await this.db.query('SELECT view FROM plan_view WHERE id = $1', [planId]);
    if (plans.length === 0) return undefined;
    const today = todayUtc();
    const { donorId } = options;
    const all = await readActivityViews(this.db, 'WHERE plan_id = $1 ORDER BY code, id', [planId]);
    const rows = donorId === undefined ? all : all.filter((a) => a.funding.some((f) => f.donorId === donorId));
    const streams = rows.map((a) => `activity-${a.id}`);
    const organizations: { view: OrganizationView }[] = await this.db.query('SELECT view FROM organization_view');
    const entries: StreamRow<FundingData & ProgressData>[] = await this.db.query(
      'SELECT stream, revision, type, data FROM audit_log WHERE type = ANY($1::text[]) AND stream = ANY($2::text[]) ORDER BY ordinal',
      [[...FUNDING_EVENTS, ...PROGRESS_EVENTS], streams],
    );
    const updated: { stream: string; first: Date; at: Date }[] = await this.db.query(
      'SELECT stream, min(recorded_at) AS first, max(recorded_at) AS at FROM audit_log WHERE stream = ANY($1::text[]) GROUP BY stream',
      [streams],
    );
    const recorded = new Map(updated.map((u) => [activityOf(u.stream), { first: new Date(u.first).toISOString(), last: new Date(u.at).toISOString() }]));
    const evidence = evidenceInForce(entries.filter((e) => PROGRESS_EVENTS.includes(e.type)));
    const transactions = fundingTransactions(entries.filter((e) => FUNDING_EVENTS.includes(e.type)));
    return {
      plan: plans[0].view,
      asOf: today,
      activities: rows.map((a) => ({
        ...a,
        funding: donorId === undefined ? a.funding : a.funding.filter((f) => f.donorId === donorId),
        overdue: isOverdue(a, today),
        lastUpdatedAt: recorded.get(a.id)?.last ?? new Date(0).toISOString(),
        firstRecordedAt: recorded.get(a.id)?.first ?? null,
        evidence: evidence.get(a.id) ?? [],
      })),
      organizations: new Map(organizations.map((o) => [o.view.id, o.view])),
      transactions: donorId === undefined ? transactions : transactions.filter((t) => t.donorId === donorId),
      ...(options.withAudit && donorId === undefined ? { audit: await this.audit(planId, streams) } : {}),
    };
  }

  private async audit(planId: string, activityStreams: string[]): Promise<ExportAuditEntry[]> {
    const rows: { recorded_at: Date; actor_name: string | null; role: string | null; type: string; stream: string; reason: string | null }[] = await this.db.query(
      `SELECT recorded_at, actor_name, role, type, stream, data->>'reason' AS reason FROM audit_log WHERE stream = ANY($1::text[]) ORDER BY ordinal`,
      [[`plan-${planId}`, ...activityStreams]],
    );
    return rows.map((r) => ({ recordedAt: new Date(r.recorded_at), actorName: r.actor_name, role: r.role, type: r.type, stream: r.stream, reason: r.reason }));
  }
}

/** An entry reversed as recorded by mistake (issue 16) is no transaction: it and its reversal are left out. */
function fundingTransactions(entries: StreamRow<FundingData>[]): FundingTransaction[] {
  const reversed = new Set(entries.filter((e) => e.data.entryRevision !== undefined).map((e) => `${e.stream}@${e.data.entryRevision}`));
  return entries
    .filter((e) => (e.type === 'FundsCommitted' || e.type === 'FundsDisbursed') && !reversed.has(`${e.stream}@${e.revision}`))
    .map((f) => ({
      activityId: activityOf(f.stream),
      kind: f.type === 'FundsCommitted' ? 'commitment' : 'disbursement',
      donorId: f.data.donorId,
      amount: f.data.money.amount,
      currency: f.data.money.currency,
      date: (f.data.committedOn ?? f.data.disbursedOn)!,
    }));
}

/** The evidence of the reports in force: per period the latest report or correction, none once withdrawn. */
function evidenceInForce(entries: StreamRow<ProgressData>[]): Map<string, ExportEvidence[]> {
  const reports = new Map<string, Map<string, ExportEvidence[]>>();
  for (const { stream, type, data } of entries) {
    const periods = reports.get(activityOf(stream)) ?? new Map<string, ExportEvidence[]>();
    reports.set(activityOf(stream), periods);
    const period = `${data.periodStart}/${data.periodEnd}`;
    if (type === 'ActivityProgressWithdrawn') periods.delete(period);
    else {
      const links = (type === 'ActivityProgressCorrected' ? data.after?.evidence : data.evidence) ?? [];
      periods.set(period, links.map((l) => ({ title: l.title, url: l.url, periodStart: data.periodStart, periodEnd: data.periodEnd })));
    }
  }
  return new Map([...reports].map(([activityId, periods]) => [activityId, [...periods.values()].flat()]));
}
