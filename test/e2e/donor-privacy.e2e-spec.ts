import { anActivity, anObjective, anOrganization, aPlan } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A donor reads the plan dashboard without learning other donors' amounts: the EU funds one activity
 * in EUR, the UK another in GBP (the only GBP donor). The budget lines a donor sees carry its own
 * committed and disbursed sums; `knownAt` (differencing before and after someone else's commitment)
 * is refused to donors.
 */
describe('donors see only their own amounts', () => {
  let app: TestApp;
  const s: Record<string, string> = {};
  let last = '';
  let euToken = '';
  const post = async (path: string, body: unknown) => {
    const r = await write(app, path, body);
    last = r.position;
    return r;
  };

  beforeAll(async () => {
    app = await startTestApp();
    s.lead = (await post('/organizations', anOrganization({ acronym: 'MS' }))).id;
    s.eu = (await post('/organizations', anOrganization({ name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE' }))).id;
    s.uk = (await post('/organizations', anOrganization({ name: 'United Kingdom', acronym: 'FCDO', kind: 'donor', country: 'GB' }))).id;
    s.plan = (await post('/plans', aPlan({ effectiveOn: '2014-12-01' }))).id;
    s.objective = (await post(`/plans/${s.plan}/objectives`, anObjective({ code: '1', effectiveOn: '2014-12-01' }))).objectiveId as string;
    const activity = (overrides: Record<string, unknown>) => post('/activities', anActivity({ planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead }, { effectiveOn: '2015-12-01', ...overrides }));
    s.a1 = (await activity({ code: '1.1', budget: { amount: '1000.00', currency: 'EUR' } })).id;
    s.a2 = (await activity({ code: '1.2', budget: { amount: '30000.00', currency: 'GBP' } })).id;
    s.a3 = (await activity({ code: '1.3', budget: { amount: '500.00', currency: 'USD' } })).id;
    await post(`/activities/${s.a1}/funding-commitments`, { donorId: s.eu, money: { amount: '600', currency: 'EUR' }, committedOn: '2016-01-10' });
    await post(`/activities/${s.a1}/disbursements`, { donorId: s.eu, money: { amount: '100', currency: 'EUR' }, disbursedOn: '2016-03-01' });
    await post(`/activities/${s.a1}/funding-commitments`, { donorId: s.uk, money: { amount: '400', currency: 'EUR' }, committedOn: '2016-01-10' });
    await post(`/activities/${s.a2}/funding-commitments`, { donorId: s.uk, money: { amount: '25000', currency: 'GBP' }, committedOn: '2016-01-10' });
    await post(`/activities/${s.a2}/disbursements`, { donorId: s.uk, money: { amount: '15000', currency: 'GBP' }, disbursedOn: '2016-03-01' });
    // Funding in a currency no activity is budgeted in: its line would show that someone funds in it.
    await post(`/activities/${s.a3}/funding-commitments`, { donorId: s.uk, money: { amount: '70', currency: 'CHF' }, committedOn: '2016-01-10' });
    euToken = (await app.token('donor', s.eu)).token;
  }, 60_000);
  afterAll(async () => app.close());

  it('the secretariat sees every donor in the budget lines', async () => {
    const d = (await app.http.get(`/plans/${s.plan}/dashboard`).query({ minPosition: last })).body;
    expect(d.budget).toEqual([
      { currency: 'CHF', planned: '0.00', committed: '70.00', disbursed: '0.00' },
      { currency: 'EUR', planned: '1000.00', committed: '1000.00', disbursed: '100.00' },
      { currency: 'GBP', planned: '30000.00', committed: '25000.00', disbursed: '15000.00' },
      { currency: 'USD', planned: '500.00', committed: '0.00', disbursed: '0.00' },
    ]);
  });

  it('a donor: planned budgets (public plan data), committed and disbursed of its own funding only', async () => {
    for (const query of [{}, { asOf: '2016-12-31' }]) {
      const response = await app.as(euToken).get(`/plans/${s.plan}/dashboard`).query({ ...query, minPosition: last });
      expect(response.status).toBe(200);
      expect(response.body.budget).toEqual([
        { currency: 'EUR', planned: '1000.00', committed: '600.00', disbursed: '100.00' },
        { currency: 'GBP', planned: '30000.00', committed: '0.00', disbursed: '0.00' },
        { currency: 'USD', planned: '500.00', committed: '0.00', disbursed: '0.00' },
      ]);
      expect(response.body.byDonor).toEqual([{ donorId: s.eu, name: 'European Union', currency: 'EUR', committed: '600.00', disbursed: '100.00', activities: 1 }]);
      const text = JSON.stringify(response.body);
      for (const figure of ['25000', '15000', '400.00', 'CHF', s.uk]) expect(text).not.toContain(figure);
    }
  });

  it('knownAt is not offered to donors (403 KNOWN_AT_NOT_FOR_DONORS); other roles keep it', async () => {
    const knownAt = new Date().toISOString();
    const refused = await app.as(euToken).get(`/plans/${s.plan}/dashboard`).query({ knownAt });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ statusCode: 403, code: 'KNOWN_AT_NOT_FOR_DONORS' });
    expect((await app.http.get(`/plans/${s.plan}/dashboard`).query({ knownAt })).status).toBe(200);
  });

  it('the donor portfolio carries only its own amounts; activity reads are closed to donors, exports hold only their own', async () => {
    const portfolio = await app.as(euToken).get(`/donors/${s.eu}/portfolio`).query({ minPosition: last });
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.totals).toEqual([{ currency: 'EUR', committed: '600.00', disbursed: '100.00' }]);
    expect(JSON.stringify(portfolio.body)).not.toContain(s.uk);
    for (const path of [`/activities/${s.a1}`, '/activities', `/activities/${s.a1}/history`]) {
      expect(`${path} ${(await app.as(euToken).get(path)).status}`).toBe(`${path} 403`);
    }
    for (const path of [`/plans/${s.plan}/export.csv`, `/plans/${s.plan}/iati.xml`]) {
      const response = await app.as(euToken).get(path).query({ minPosition: last }).buffer(true);
      expect(`${path} ${response.status}`).toBe(`${path} 200`);
      for (const other of ['United Kingdom', 'FCDO', '25000', 'CHF', '400.00']) expect(response.text).not.toContain(other);
    }
  });
});
