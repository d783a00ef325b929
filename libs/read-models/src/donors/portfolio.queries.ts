import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addAmounts } from '#domain';
import { isOverdue, type ActivityView } from '../activities/activity-view.js';
import { todayUtc } from '../shared/time-travel.js';

/** What one donor funds. Only its own commitments and disbursements: other donors' amounts stay out. */
@Injectable()
export class PortfolioQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(donorId: string) {
    const donor: { view: { name: string; acronym: string; kind: string } }[] = await this.db.query('SELECT view FROM organization_view WHERE id = $1', [donorId]);
    if (donor.length === 0) return undefined;
    const rows: { view: ActivityView }[] = await this.db.query('SELECT view FROM activity_view WHERE donor_ids @> ARRAY[$1::uuid] ORDER BY code, id', [donorId]);
    const today = todayUtc();
    const totals = new Map<string, { currency: string; committed: string; disbursed: string }>();
    const activities = rows.map(({ view }) => {
      const funding = view.funding.filter((f) => f.donorId === donorId).map(({ currency, committed, disbursed }) => ({ currency, committed, disbursed }));
      for (const f of funding) {
        const t = totals.get(f.currency) ?? { currency: f.currency, committed: '0.00', disbursed: '0.00' };
        totals.set(f.currency, { currency: f.currency, committed: addAmounts(t.committed, f.committed), disbursed: addAmounts(t.disbursed, f.disbursed) });
      }
      return {
        id: view.id,
        planId: view.planId,
        code: view.code,
        title: view.title,
        status: view.status,
        percentComplete: view.percentComplete,
        overdue: isOverdue(view, today),
        plannedEnd: view.plannedEnd,
        funding,
      };
    });
    return { donorId, name: donor[0].view.name, acronym: donor[0].view.acronym, asOf: today, totals: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)), activities };
  }
}
