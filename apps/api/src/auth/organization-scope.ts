import { ForbiddenException, Injectable } from '@nestjs/common';
import { ACTIVITY, AggregateStore, DECISION, type Actor } from '#application';
import type { Scope } from './route-policies.js';

/**
 * Checks an agency's or donor's organisation against the record a route names, before the command
 * is dispatched.
 *
 * Why here and not in the command pipeline: which fact scopes which route (progress reports yes,
 * funding no) is a property of the route, and the route-policy table is the one place that says so —
 * the authorization matrix is generated from it. The pipeline (libs/application) is shared with the
 * CLI, which acts outside any token. The record is folded before dispatch: an amendment (issue 16) may
 * change an activity's agencies or a decision's responsible agencies, and a write racing such an
 * amendment is judged on the state just read. The cost is one stream read, for agency callers only.
 */
/** Why an organisation's caller was refused, by what decides its scope. */
const REFUSALS: Record<Scope, string> = {
  'own-organization': "this token's organisation may act only on its own records",
  activity: "this token's organisation is not the lead or a partner agency of this activity",
  decision: "this token's organisation is not responsible for this decision",
};

@Injectable()
export class OrganizationScope {
  constructor(private readonly aggregates: AggregateStore) {}

  async check(scope: Scope, id: string, actor: Actor): Promise<void> {
    const organizationId = actor.organizationId;
    // The path's id is not echoed: it is whatever the caller sent, checked only after this guard.
    if (!organizationId || !(await this.covers(scope, id, organizationId))) throw new ForbiddenException({ code: 'FORBIDDEN', message: REFUSALS[scope] });
  }

  private async covers(scope: Scope, id: string, organizationId: string): Promise<boolean> {
    switch (scope) {
      case 'own-organization':
        return id.toLowerCase() === organizationId.toLowerCase();
      case 'activity': {
        const { state } = await this.aggregates.load(ACTIVITY, id);
        if (state.status === 'none') return false;
        return state.leadAgencyId === organizationId || state.partnerAgencyIds.includes(organizationId);
      }
      case 'decision': {
        // Folded, not read off DecisionRecorded: a correction (DecisionAmended) may change the agencies.
        const { state } = await this.aggregates.load(DECISION, id);
        return state.status !== 'none' && state.responsibleAgencyIds.includes(organizationId);
      }
      default: {
        const never: never = scope;
        throw new Error(`unknown scope ${String(never)}`);
      }
    }
  }
}
