import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { decisionStream, upcastRecorded, type DecisionRecorded } from '#domain';
import { ACTIVITY, AggregateStore, NotFoundError, type Actor } from '#application';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { Scope } from './route-policies.js';

/**
 * Checks an agency's or donor's organisation against the record a route names, before the command
 * is dispatched.
 *
 * Why here and not in the command pipeline: which fact scopes which route (progress reports yes,
 * funding no) is a property of the route, and the route-policy table is the one place that says so —
 * the authorization matrix is generated from it. The pipeline (libs/application) is shared with the
 * CLI, which acts outside any token. Reading before dispatch is exact, not racy: an activity's lead and
 * partner agencies are fixed by ActivityPlanned, a decision's responsible agencies by DecisionRecorded,
 * and no later event changes them. The cost is one stream read, for agency callers only.
 */
@Injectable()
export class OrganizationScope {
  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async check(scope: Scope, id: string, actor: Actor): Promise<void> {
    const organizationId = actor.organizationId;
    if (!organizationId || !(await this.covers(scope, id, organizationId))) {
      throw new ForbiddenException({ code: 'FORBIDDEN', message: `this token's organization may not do this on ${id}` });
    }
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
        // The decision's state keeps no responsible agencies; its first event names them for good.
        const [stored] = await this.events.readStream(decisionStream(id), 0);
        if (!stored) throw new NotFoundError('decision', id);
        const recorded = upcastRecorded(stored);
        if (recorded.type !== 'DecisionRecorded') return false;
        return (recorded.data as DecisionRecorded['data']).responsibleAgencyIds.includes(organizationId);
      }
      default: {
        const never: never = scope;
        throw new Error(`unknown scope ${String(never)}`);
      }
    }
  }
}
