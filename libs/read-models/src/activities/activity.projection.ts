import type { EntityManager } from 'typeorm';
import { parseStreamName, type ActivityEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projector/projection.js';
import { evolveActivityView, type ActivityView } from './activity-view.js';

/** Loads the batch's activities once, folds their events in memory, writes each row once. */
export const activityProjection: Projection = {
  name: 'activities',
  tables: ['activity_view'],
  async apply(tx: EntityManager, events: RecordedEvent[]) {
    const ours = events.filter((e) => parseStreamName(e.stream)?.aggregate === 'activity');
    if (ours.length === 0) return;
    const ids = [...new Set(ours.map((e) => parseStreamName(e.stream)!.id))];
    const rows: { id: string; view: ActivityView }[] = await tx.query('SELECT id, view FROM activity_view WHERE id = ANY($1::uuid[])', [ids]);
    const views = new Map<string, ActivityView | null>(rows.map((r) => [r.id, r.view]));
    for (const event of ours) {
      const id = parseStreamName(event.stream)!.id;
      views.set(id, evolveActivityView(views.get(id) ?? null, event as unknown as ActivityEvent, event.revision));
    }
    const changed = [...views.values()].filter((v): v is ActivityView => v !== null);
    if (changed.length === 0) return;
    await tx.query(
      `INSERT INTO activity_view (id, plan_id, code, status, planned_end, agency_ids, provinces, donor_ids, view)
       SELECT v.id, v.plan_id, v.code, v.status, v.planned_end, ARRAY(SELECT jsonb_array_elements_text(v.agency_ids))::uuid[],
              ARRAY(SELECT jsonb_array_elements_text(v.provinces)), ARRAY(SELECT jsonb_array_elements_text(v.donor_ids))::uuid[], v.view
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, plan_id uuid, code text, status text, planned_end date, agency_ids jsonb, provinces jsonb, donor_ids jsonb, view jsonb)
       ON CONFLICT (id) DO UPDATE SET plan_id = EXCLUDED.plan_id, code = EXCLUDED.code, status = EXCLUDED.status,
         planned_end = EXCLUDED.planned_end, agency_ids = EXCLUDED.agency_ids, provinces = EXCLUDED.provinces,
         donor_ids = EXCLUDED.donor_ids, view = EXCLUDED.view`,
      [JSON.stringify(changed.map(toRow))],
    );
  },
};

function toRow(view: ActivityView) {
  return {
    id: view.id,
    plan_id: view.planId,
    code: view.code,
    status: view.status,
    planned_end: view.plannedEnd,
    agency_ids: [view.leadAgencyId, ...view.partnerAgencyIds],
    provinces: [...new Set(view.locations.map((l) => l.province))],
    donor_ids: [...new Set(view.funding.map((f) => f.donorId))],
    view,
  };
}
