import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend } from '#event-store';

const meta = () => ({ actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: 1 });

/** Appends `activities` activity histories (10 events each, funding included) straight to the store. */
export async function appendActivityHistories(store: EventStore, activities: number): Promise<number> {
  const [planId, objectiveId, leadAgencyId, donorId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  let total = 0;
  for (let a = 0; a < activities; a++) {
    const activityId = randomUUID();
    const events: EventToAppend[] = [
      { type: 'ActivityPlanned', data: { activityId, planId, objectiveId, code: `1.${a}`, title: `Activity ${a}`, leadAgencyId, partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2018-12-31', locations: [{ province: a % 2 ? 'Sughd' : 'Khatlon' }], tags: { sdg: [], gcm: [] }, budget: { amount: '1000.00', currency: 'EUR' }, effectiveOn: '2015-12-01' } },
      { type: 'ActivityStarted', data: { startedOn: '2016-02-01', effectiveOn: '2016-02-01' } },
      ...Array.from({ length: 4 }, (_, i) => ({ type: 'FundsCommitted', data: { donorId, money: { amount: `${100 + i}.25`, currency: 'EUR' }, committedOn: '2016-01-10', effectiveOn: '2016-01-10' } })),
      ...Array.from({ length: 4 }, (_, i) => ({ type: 'ActivityProgressReported', data: { periodStart: '2016-01-01', periodEnd: `2016-0${i + 3}-28`, percentComplete: 10 * (i + 1), indicatorValues: [], evidence: [], effectiveOn: `2016-0${i + 3}-28` } })),
    ].map((e) => ({ id: randomUUID(), ...e, metadata: meta() }));
    await store.append(`activity-${activityId}`, events, 'no_stream');
    total += events.length;
  }
  return total;
}
