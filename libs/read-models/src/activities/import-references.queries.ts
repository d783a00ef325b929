import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { readInOneSnapshot } from '#platform';
import type { PlanView } from '../plans/plan-view.js';

export interface ImportReferences {
  plan: PlanView;
  /** Every organisation, for naming agencies by acronym. */
  organizations: { id: string; acronym: string; name: string; country: string }[];
  /** The plan's activities already recorded, by code. */
  activities: { id: string; code: string }[];
}

/** What an import of activities into a plan resolves its cells against, from one state of the read models. */
@Injectable()
export class ImportReferenceQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  of(planId: string): Promise<ImportReferences | undefined> {
    return readInOneSnapshot(this.db, 3, async (query) => {
      const [plans, organizations, activities] = await Promise.all([
        query<{ view: PlanView }[]>('SELECT view FROM plan_view WHERE id = $1', [planId]),
        query<ImportReferences['organizations']>(
          "SELECT id, view->>'acronym' AS acronym, view->>'name' AS name, view->>'country' AS country FROM organization_view",
        ),
        query<ImportReferences['activities']>('SELECT id, code FROM activity_view WHERE plan_id = $1', [planId]),
      ]);
      return plans.length === 0 ? undefined : { plan: plans[0].view, organizations, activities };
    });
  }
}
