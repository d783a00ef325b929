import { randomUUID } from 'node:crypto';
import type pg from 'pg';

const PROVINCES = [
  ['Sughd', ['Khujand', 'Isfara', 'Panjakent']],
  ['Khatlon', ['Dousti', 'Kulob', 'Bokhtar', 'Vose']],
  ['Dushanbe', []],
  ['GBAO', ['Khorog']],
  ['DRS', ['Rasht', 'Hisor']],
] as const;

interface Row {
  id: string;
  stream: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: unknown;
}

/**
 * A realistic large event log written straight into the `events` table (the append path is measured
 * elsewhere): organisations, several plans with objectives, ~20 activities per 1,000 events, each with
 * indicators, funding and progress; commission sessions, decisions and recommendations.
 */
export async function generateDataset(pool: pg.Pool, targetEvents: number): Promise<{ events: number; planIds: string[]; activities: number; donorIds: string[] }> {
  const rows: Row[] = [];
  let written = 0;
  const flush = async (force = false) => {
    if (rows.length < 5000 && !force) return;
    const batch = rows.splice(0, rows.length);
    if (batch.length === 0) return;
    await pool.query(
      `INSERT INTO events (event_id, stream, revision, type, data, metadata)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::jsonb[], $6::jsonb[])`,
      [batch.map((r) => r.id), batch.map((r) => r.stream), batch.map((r) => r.revision), batch.map((r) => r.type), batch.map((r) => JSON.stringify(r.data)), batch.map((r) => JSON.stringify(r.metadata))],
    );
    written += batch.length;
  };
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const emit = async (stream: string, events: { type: string; data: Record<string, unknown> }[]) => {
    events.forEach((e, revision) => {
      clock += 1000;
      rows.push({ id: randomUUID(), stream, revision, type: e.type, data: e.data, metadata: { actor: { id: 'bench', name: 'Bench' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date(clock).toISOString(), schemaVersion: 1 } });
    });
    await flush();
  };

  const organizations = Array.from({ length: 60 }, (_, i) => ({ id: randomUUID(), kind: i < 10 ? 'donor' : i < 30 ? 'state_agency' : 'ngo' }));
  for (const [i, o] of organizations.entries()) {
    await emit(`organization-${o.id}`, [{ type: 'OrganizationRegistered', data: { organizationId: o.id, name: `Organisation ${i}`, acronym: `ORG${i}`, kind: o.kind, country: 'TJ', effectiveOn: '2014-01-01' } }]);
  }
  const donors = organizations.filter((o) => o.kind === 'donor');
  const agencies = organizations.filter((o) => o.kind !== 'donor');
  const planCount = 5;
  const activitiesTotal = Math.max(planCount, Math.round(targetEvents / 50));
  const planIds: string[] = [];
  for (let p = 0; p < planCount; p++) {
    const planId = randomUUID();
    planIds.push(planId);
    const objectives = Array.from({ length: 10 }, (_, i) => ({ objectiveId: randomUUID(), code: `${i + 1}` }));
    await emit(`plan-${planId}`, [
      { type: 'PlanDrafted', data: { planId, code: `PLAN-${p}`, title: { en: `Plan ${p}` }, periodStart: '2015-01-01', periodEnd: '2025-12-31', effectiveOn: '2014-10-01' } },
      ...objectives.map((o) => ({ type: 'ObjectiveAdded', data: { ...o, title: `Objective ${o.code}`, effectiveOn: '2014-10-01' } })),
      { type: 'PlanAdopted', data: { adoptedOn: '2015-03-03', instrument: 'Decree', effectiveOn: '2015-03-03' } },
    ]);
    for (let a = 0; a < activitiesTotal / planCount; a++) {
      const activityId = randomUUID();
      const [province, districts] = PROVINCES[a % PROVINCES.length];
      const donor = donors[a % donors.length];
      const indicators = [randomUUID(), randomUUID()];
      const reports = 36 + (a % 5);
      const events: { type: string; data: Record<string, unknown> }[] = [
        { type: 'ActivityPlanned', data: { activityId, planId, objectiveId: objectives[a % 10].objectiveId, code: `${(a % 10) + 1}.${a}`, title: `Activity ${a}`, leadAgencyId: agencies[a % agencies.length].id, partnerAgencyIds: [agencies[(a + 7) % agencies.length].id], plannedStart: '2016-01-01', plannedEnd: a % 3 === 0 ? '2019-12-31' : '2027-12-31', locations: [{ province, ...(districts.length ? { district: districts[a % districts.length] } : {}) }], tags: { sdg: ['10.7'], gcm: ['19'] }, budget: { amount: '100000.00', currency: a % 4 === 0 ? 'USD' : 'EUR' }, effectiveOn: '2015-12-01' } },
        ...indicators.map((indicatorId) => ({ type: 'IndicatorDefined', data: { indicatorId, name: 'People reached', unit: 'people', baseline: 0, target: 1000, effectiveOn: '2015-12-01' } })),
        { type: 'ActivityStarted', data: { startedOn: '2016-02-01', effectiveOn: '2016-02-01' } },
        ...[0, 1, 2].map(() => ({ type: 'FundsCommitted', data: { donorId: donor.id, money: { amount: '20000.00', currency: 'EUR' }, committedOn: '2016-01-10', effectiveOn: '2016-01-10' } })),
        ...[0, 1, 2].map(() => ({ type: 'FundsDisbursed', data: { donorId: donor.id, money: { amount: '5000.00', currency: 'EUR' }, disbursedOn: '2016-03-01', effectiveOn: '2016-03-01' } })),
        ...Array.from({ length: reports }, (_, r) => {
          const periodEnd = new Date(Date.UTC(2016, 2 + r, 0)).toISOString().slice(0, 10);
          return { type: 'ActivityProgressReported', data: { periodStart: '2016-01-01', periodEnd, percentComplete: Math.min(100, 2 * (r + 1)), indicatorValues: indicators.map((indicatorId) => ({ indicatorId, value: r * 10 })), evidence: [], effectiveOn: periodEnd } };
        }),
      ];
      if (a % 4 === 1) events.push({ type: 'ActivityCompleted', data: { completedOn: '2019-06-30', effectiveOn: '2019-06-30' } });
      await emit(`activity-${activityId}`, events);
    }
  }
  const sessions = Array.from({ length: 30 }, () => randomUUID());
  for (const [i, sessionId] of sessions.entries()) {
    const heldOn = new Date(Date.UTC(2015, 3 * i, 15)).toISOString().slice(0, 10);
    await emit(`commission_session-${sessionId}`, [
      { type: 'CommissionSessionScheduled', data: { sessionId, number: `${i + 1}`, scheduledOn: heldOn, agenda: ['progress'], effectiveOn: heldOn } },
      { type: 'CommissionSessionHeld', data: { heldOn, attendeeOrganizationIds: agencies.slice(0, 5).map((a) => a.id), effectiveOn: heldOn } },
    ]);
    for (let d = 0; d < 15; d++) {
      const decisionId = randomUUID();
      await emit(`decision-${decisionId}`, [
        { type: 'DecisionRecorded', data: { decisionId, sessionId, number: `IMC-${i}/${d}`, title: 'Decision', text: 'Text', kind: 'assign_responsibility', responsibleAgencyIds: [agencies[d % agencies.length].id], dueDate: '2020-12-31', relatedActivityIds: [], relatedRecommendationIds: [], effectiveOn: heldOn } },
        ...(d % 2 ? [{ type: 'DecisionImplemented', data: { implementedOn: heldOn, evidence: [], effectiveOn: heldOn } }] : []),
      ]);
    }
    for (let r = 0; r < 10; r++) {
      const recommendationId = randomUUID();
      await emit(`recommendation-${recommendationId}`, [
        { type: 'RecommendationSubmitted', data: { recommendationId, source: { kind: r % 2 ? 'roundtable' : 'technical_meeting', title: 'Meeting', heldOn }, text: 'Recommendation', proposedByOrganizationId: agencies[r].id, targetAgencyIds: [agencies[r + 1].id], planId: planIds[r % planIds.length], effectiveOn: heldOn } },
        { type: 'RecommendationScheduledForReview', data: { sessionId, effectiveOn: heldOn } },
      ]);
    }
  }
  await flush(true);
  return { events: written, planIds, activities: activitiesTotal, donorIds: donors.map((d) => d.id) };
}
