import { DataSource } from 'typeorm';
import { ReversedFunding1764000250000 } from '../../libs/read-models/src/migrations/1764000250000-reversed-funding.js';
import { aProgressReport } from '../support/builders.js';
import { correctableActivity } from '../support/correction-scenario.js';
import { projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/** Issue 16, corrections: funding reversed by compensating entries; indicators revised or retired. */
describe('funding reversals and indicator corrections over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  const NOBODY = '00000000-0000-4000-8000-000000000000';

  async function funded() {
    const scenario = await correctableActivity(app);
    const { activityId, donorId } = scenario;
    const commitment = await write(app, `/activities/${activityId}/funding-commitments`, { donorId, money: { amount: '1000', currency: 'EUR' }, committedOn: '2016-01-15' });
    const disbursement = await write(app, `/activities/${activityId}/disbursements`, { donorId, money: { amount: '400', currency: 'EUR' }, disbursedOn: '2016-03-01' });
    return { ...scenario, commitment, disbursement };
  }

  describe('POST /activities/:id/disbursements/:revision/reverse and /funding-commitments/:revision/reverse', () => {
    it('reverses a disbursement then its commitment; the activity, the dashboard, the portfolio and the IATI export follow; knownAt before answers what was shown then', async () => {
      const { activityId, planId, donorId, commitment, disbursement } = await funded();
      const before = await moment();
      const reversedDisbursement = await app.http
        .post(`/activities/${activityId}/disbursements/${disbursement.revision}/reverse`)
        .set('If-Match', `"${disbursement.revision}"`)
        .send({ reason: 'paid to another activity' });
      expect(reversedDisbursement.status).toBe(200);
      const reversedCommitment = await app.http.post(`/activities/${activityId}/funding-commitments/${commitment.revision}/reverse`).send({ reason: 'entered twice' });
      expect(reversedCommitment.status).toBe(200);

      // Every entry of the donor reversed: it funds nothing here, and is no longer listed on the activity.
      const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: reversedCommitment.body.position });
      expect(read.body.funding).toEqual([]);
      const dashboard = await app.http.get(`/plans/${planId}/dashboard`).query({ minPosition: reversedCommitment.body.position });
      expect(dashboard.body.budget).toEqual([expect.objectContaining({ currency: 'EUR', committed: '0.00', disbursed: '0.00' })]);
      const portfolio = await app.http.get(`/donors/${donorId}/portfolio`).query({ minPosition: reversedCommitment.body.position });
      expect({ totals: portfolio.body.totals, activities: portfolio.body.activities.total }).toEqual({ totals: [], activities: 0 });
      const donor = await app.token('donor', donorId);
      const donorsCsv = await app.as(donor.token).get(`/plans/${planId}/export.csv`).query({ minPosition: reversedCommitment.body.position });
      expect(donorsCsv.status).toBe(200);
      expect(donorsCsv.text).not.toContain(activityId);
      const iati = await app.http.get(`/plans/${planId}/iati.xml`).query({ minPosition: reversedCommitment.body.position });
      expect(iati.text).not.toContain('<transaction>');
      expect(iati.text).not.toMatch(/<participating-org[^>]*role="1"/);

      const then = await app.http.get(`/activities/${activityId}`).query({ knownAt: before });
      expect(then.body.funding).toEqual([{ donorId, currency: 'EUR', committed: '1000.00', disbursed: '400.00' }]);
      // asOf a date after the entries: the mistake undone (a reversal is effective when the entry was).
      const asOf = await app.http.get(`/activities/${activityId}`).query({ asOf: '2016-06-30' });
      expect(asOf.body.funding).toEqual([]);

      const history = await app.http.get(`/activities/${activityId}/history`).query({ minPosition: reversedCommitment.body.position });
      expect(history.body.items.slice(-2)).toMatchObject([
        { type: 'FundsDisbursementReversed', reason: 'paid to another activity', effectiveOn: '2016-03-01', data: { entryRevision: disbursement.revision, money: { amount: '400.00' } } },
        { type: 'FundsCommitmentReversed', reason: 'entered twice', effectiveOn: '2016-01-15', data: { entryRevision: commitment.revision, money: { amount: '1000.00' } } },
      ]);
    });

    it('drops the line a release before left for a donor whose every entry was reversed (migration), in the view and its versions by date', async () => {
      const { activityId, donorId, commitment, disbursement } = await funded();
      await write(app, `/activities/${activityId}/disbursements/${disbursement.revision}/reverse`, { reason: 'paid to another activity' });
      const last = await write(app, `/activities/${activityId}/funding-commitments/${commitment.revision}/reverse`, { reason: 'entered twice' });
      await projected(app, last.position);
      const db = app.app.get(DataSource);
      const rows = async () => ({
        view: await db.query('SELECT funding, view, donor_ids FROM activity_view WHERE id = $1', [activityId]),
        versions: await db.query('SELECT effective_from, view::jsonb AS view FROM activity_as_of WHERE id = $1 ORDER BY effective_from', [activityId]),
      });
      const now = await rows();
      expect(now.versions.length).toBeGreaterThan(1);

      // As the release before wrote them: the donor's line left at 0.00 wherever the entries were reversed.
      const zero = JSON.stringify([{ donorId, currency: 'EUR', committed: '0.00', disbursed: '0.00' }]);
      await db.query("UPDATE activity_view SET funding = $2::jsonb, view = jsonb_set(view, '{funding}', $2::jsonb), donor_ids = ARRAY[$3::uuid] WHERE id = $1", [activityId, zero, donorId]);
      await db.query("UPDATE activity_as_of SET view = jsonb_set(view::jsonb, '{funding}', $2::jsonb)::json WHERE id = $1 AND effective_from >= '2016-01-15'", [activityId, zero]);
      const portfolioBefore = await app.http.get(`/donors/${donorId}/portfolio`);
      expect(portfolioBefore.body.activities.total).toBe(1);

      const runner = db.createQueryRunner();
      try {
        await new ReversedFunding1764000250000().up(runner);
      } finally {
        await runner.release();
      }
      expect(await rows()).toEqual(now);
      expect((await app.http.get(`/donors/${donorId}/portfolio`)).body.activities.total).toBe(0);
    });

    it('refuses to reverse a commitment that disbursements depend on (409), appending nothing', async () => {
      const { activityId, commitment } = await funded();
      const count = (await app.allEvents()).length;
      const refused = await app.http.post(`/activities/${activityId}/funding-commitments/${commitment.revision}/reverse`).send({ reason: 'entered twice' });
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'REVERSAL_LEAVES_DISBURSED_ABOVE_COMMITTED' });
      expect((await app.allEvents()).length).toBe(count);
    });

    const cases = [
      { name: 'no reason', path: (r: number) => `disbursements/${r}/reverse`, body: {}, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'blank reason', path: (r: number) => `disbursements/${r}/reverse`, body: { reason: '  ' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a revision that is not a number', path: () => 'disbursements/first/reverse', body: { reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an unknown property', path: (r: number) => `disbursements/${r}/reverse`, body: { reason: 'x', amount: '1' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a revision that is no disbursement', path: (r: number) => `disbursements/${r - 1}/reverse`, body: { reason: 'x' }, status: 404, code: 'NOT_FOUND' },
      { name: 'a revision that is no commitment', path: (r: number) => `funding-commitments/${r}/reverse`, body: { reason: 'x' }, status: 404, code: 'NOT_FOUND' },
      { name: 'a revision beyond the stream', path: () => 'disbursements/99/reverse', body: { reason: 'x' }, status: 404, code: 'NOT_FOUND' },
    ];
    it.each(cases)('refuses $name ($status $code), appending nothing', async ({ path, body, status, code }) => {
      const { activityId, disbursement } = await funded();
      const count = (await app.allEvents()).length;
      const response = await app.http.post(`/activities/${activityId}/${path(disbursement.revision)}`).send(body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect((await app.allEvents()).length).toBe(count);
    });

    it('refuses a second reversal (409), a stale If-Match (412), an unknown activity (404) and an agency (403)', async () => {
      const { activityId, disbursement, leadId } = await funded();
      const path = `/activities/${activityId}/disbursements/${disbursement.revision}/reverse`;
      const stale = await app.http.post(path).set('If-Match', `"${disbursement.revision - 1}"`).send({ reason: 'x' });
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
      const agency = await app.token('agency', leadId);
      expect((await app.as(agency.token).post(path).send({ reason: 'x' })).status).toBe(403);
      expect((await app.http.post(`/activities/${NOBODY}/disbursements/1/reverse`).send({ reason: 'x' })).status).toBe(404);
      await write(app, path, { reason: 'x' });
      const count = (await app.allEvents()).length;
      const again = await app.http.post(path).send({ reason: 'x' });
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'FUNDING_ENTRY_ALREADY_REVERSED' });
      expect((await app.allEvents()).length).toBe(count);
    });
  });

  describe('POST /activities/:id/indicators/:indicatorId/revise and /retire', () => {
    async function withIndicator() {
      const scenario = await correctableActivity(app);
      const indicator = await write(app, `/activities/${scenario.activityId}/indicators`, { name: 'Projects', unit: 'projects', baseline: 0, target: 40 });
      await write(app, `/activities/${scenario.activityId}/start`, { startedOn: '2016-02-01' });
      return { ...scenario, indicatorId: indicator.indicatorId as string };
    }

    it('an agency revises its own activity’s indicator; the history shows before and after; knownAt before shows the old target', async () => {
      const { activityId, indicatorId, leadId } = await withIndicator();
      const agency = await app.token('agency', leadId);
      const before = await moment();
      const revised = await app.as(agency.token).post(`/activities/${activityId}/indicators/${indicatorId}/revise`).send({ target: 400, unit: 'projects', reason: 'target was per province' });
      expect(revised.status).toBe(200);
      const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: revised.body.position });
      expect(read.body.indicators).toEqual([expect.objectContaining({ indicatorId, name: 'Projects', unit: 'projects', baseline: 0, target: 400 })]);
      const then = await app.http.get(`/activities/${activityId}`).query({ knownAt: before });
      expect(then.body.indicators).toEqual([expect.objectContaining({ target: 40 })]);
      const history = await app.http.get(`/activities/${activityId}/history`).query({ minPosition: revised.body.position });
      expect(history.body.items.at(-1)).toMatchObject({ type: 'IndicatorRevised', reason: 'target was per province', data: { indicatorId, before: { target: 40 }, after: { target: 400 } } });
    });

    it('retires an indicator: shown as retired, a new report may not give it a value', async () => {
      const { activityId, indicatorId } = await withIndicator();
      const retired = await write(app, `/activities/${activityId}/indicators/${indicatorId}/retire`, { reason: 'no longer measured' });
      const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: retired.position });
      expect(read.body.indicators).toEqual([expect.objectContaining({ indicatorId, retired: true })]);
      const refused = await app.http.post(`/activities/${activityId}/progress-reports`).send(aProgressReport({ indicatorValues: [{ indicatorId, value: 3 }] }));
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'INDICATOR_RETIRED' });
    });

    const cases = [
      { name: 'no reason', verb: 'revise', body: { target: 1 }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'blank reason', verb: 'retire', body: { reason: ' ' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a target that is not a number', verb: 'revise', body: { target: '40', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an empty name', verb: 'revise', body: { name: '', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'nothing to revise', verb: 'revise', body: { reason: 'x' }, status: 409, code: 'AMENDMENT_EMPTY' },
      { name: 'an unknown indicator', verb: 'revise', body: { target: 1, reason: 'x' }, status: 404, code: 'NOT_FOUND', unknown: true },
      { name: 'an indicator id that is not a UUID', verb: 'retire', body: { reason: 'x' }, status: 400, code: 'VALIDATION_FAILED', malformed: true },
    ];
    it.each(cases)('refuses $name ($status $code), appending nothing', async ({ verb, body, status, code, unknown, malformed }) => {
      const { activityId, indicatorId } = await withIndicator();
      const count = (await app.allEvents()).length;
      const target = malformed ? 'projects' : unknown ? NOBODY : indicatorId;
      const response = await app.http.post(`/activities/${activityId}/indicators/${target}/${verb}`).send(body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect((await app.allEvents()).length).toBe(count);
    });

    it('refuses a stale If-Match (412) and another agency (403), appending nothing', async () => {
      const { activityId, indicatorId } = await withIndicator();
      const other = await correctableActivity(app);
      const agency = await app.token('agency', other.leadId);
      const count = (await app.allEvents()).length;
      const stale = await app.http.post(`/activities/${activityId}/indicators/${indicatorId}/retire`).set('If-Match', '"0"').send({ reason: 'x' });
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
      expect((await app.as(agency.token).post(`/activities/${activityId}/indicators/${indicatorId}/revise`).send({ target: 1, reason: 'x' })).status).toBe(403);
      expect((await app.allEvents()).length).toBe(count);
    });
  });
});
