import { parse } from 'csv-parse/sync';
import type { PlanExport } from '#read-models';
import { planCsv } from './plan-csv.js';

/** The fields planCsv reads; the rest of the views do not matter to it. */
function anExport(activity: Record<string, unknown>, acronym = 'MS'): PlanExport {
  return {
    plan: { code: 'TJ-1', objectives: [{ objectiveId: 'o1', code: '2' }] },
    asOf: '2016-06-30',
    activities: [
      {
        id: 'a1', objectiveId: 'o1', code: '2.3', title: 'Campaign', status: 'in_progress', percentComplete: 40, overdue: false,
        leadAgencyId: 'org1', partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2017-06-30', startedOn: '2016-02-01',
        locations: [{ province: 'Sughd' }], tags: { sdg: ['10.7'], gcm: ['19'] }, budget: { amount: '250000.00', currency: 'EUR' }, funding: [], indicators: [],
        ...activity,
      },
    ],
    organizations: new Map([['org1', { id: 'org1', acronym }]]),
    transactions: [],
  } as unknown as PlanExport;
}

const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('planCsv', () => {
  it.each(['=1+1', '=HYPERLINK("https://evil.example","click")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])('neutralises a title beginning %j with a single quote', (title) => {
    expect(rows(planCsv(anExport({ title })))[0].title).toBe(`'${title}`);
  });

  it('neutralises every text cell, not just titles: locations, agencies, codes', () => {
    const [row] = rows(planCsv(anExport({ code: '=2.3', locations: [{ province: '=Sughd', district: 'x' }, { province: '@Khatlon' }] }, '-MS')));
    expect(row.code).toBe(`'=2.3`);
    expect(row.locations).toBe(`'=Sughd/x; @Khatlon`);
    expect(row.lead_agency).toBe(`'-MS`);
  });

  it('leaves ordinary text, numbers, booleans and dates as they are', () => {
    const [row] = rows(planCsv(anExport({ title: 'Roundtable = success', locations: [{ province: 'Khatlon', district: 'Kulob' }] })));
    expect(row).toMatchObject({ title: 'Roundtable = success', locations: 'Khatlon/Kulob', percent_complete: '40', overdue: 'false', planned_start: '2016-01-01', budget_amount: '250000.00', code: '2.3' });
  });

  it('writes the indicators in one cell: name [unit]: baseline → latest / target, neutralised too', () => {
    const indicators = [
      { indicatorId: 'i1', name: 'Migrants informed', unit: 'people', baseline: 0, target: 500, latestValue: 120 },
      { indicatorId: 'i2', name: '=cmd|calc', unit: 'sessions', baseline: 2, target: 10, latestValue: null },
    ];
    expect(rows(planCsv(anExport({ indicators })))[0].indicators).toBe('Migrants informed [people]: 0 → 120 / 500; =cmd|calc [sessions]: 2 → – / 10');
    expect(rows(planCsv(anExport({ indicators: [indicators[1]] })))[0].indicators).toBe(`'=cmd|calc [sessions]: 2 → – / 10`);
  });
});
