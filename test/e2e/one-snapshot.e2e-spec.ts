import pg from 'pg';
import { aRecommendation } from '../support/commission-builders.js';
import { anActivity, anObjective, anOrganization, aPlan } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createServerDatabase, SERVER_URL, type TestDatabase } from '../support/test-database.js';

/**
 * An answer made of several statements run side by side reads one state of the read models.
 * A dashboard's sections come from several statements. A projector batch committing
 * while they run must not land in some sections and not in others: here a batch that completes an
 * activity and accepts a recommendation commits after the activity sections were read and before the
 * recommendation section is (it holds that table locked until then). The answer is the state before the
 * batch throughout; the next one, after the batch, is the state after it throughout.
 */
describe('an answer of several statements reads one state of the read models', () => {
  let database: TestDatabase;
  let app: TestApp;
  let batch: pg.Client;
  let watcher: pg.Client;
  const s: Record<string, string> = {};

  // Asked on a connection of its own: inside the batch's transaction, pg_stat_activity would not change.
  const waitingOn = async (table: string) => {
    const waiting = async () =>
      (
        await watcher.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%' || $1 || '%'",
          [table],
        )
      ).rows[0].n as number;
    while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  const dashboard = async () => {
    const response = await fetch(`${app.url}/plans/${s.plan}/dashboard`, { headers: { Authorization: `Bearer ${app.adminToken}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as {
      activities: { byStatus: Record<string, number> };
      percentComplete: number;
      recommendations: { byStatus: Record<string, number> };
    };
  };
  // The read models' version moves with every batch; a dashboard is kept per version.
  const touchCheckpoints = (client: pg.Client) => client.query('UPDATE projection_checkpoints SET updated_at = clock_timestamp()');

  beforeAll(async () => {
    database = await createServerDatabase(SERVER_URL, { prefix: 'one_snapshot' });
    app = await startTestApp({}, database);
    const lead = (await write(app, '/organizations', anOrganization({ acronym: 'MS' }))).id;
    s.plan = (await write(app, '/plans', aPlan())).id;
    const objective = (await write(app, `/plans/${s.plan}/objectives`, anObjective({ code: '1' }))).objectiveId as string;
    s.activity = (await write(app, '/activities', anActivity({ planId: s.plan, objectiveId: objective, leadAgencyId: lead }, { code: '1.1' }))).id;
    s.listPlan = (await write(app, '/plans', aPlan())).id;
    const listObjective = (await write(app, `/plans/${s.listPlan}/objectives`, anObjective({ code: '1' }))).objectiveId as string;
    for (const code of ['1.1', '1.2'])
      await write(app, '/activities', anActivity({ planId: s.listPlan, objectiveId: listObjective, leadAgencyId: lead }, { code }));
    const last = await write(app, '/recommendations', aRecommendation(lead, { planId: s.plan }));
    s.recommendation = last.id;
    await app.http.get(`/recommendations/${s.recommendation}`).query({ minPosition: last.position }).expect(200);
    batch = new pg.Client({ connectionString: database.url });
    watcher = new pg.Client({ connectionString: database.url });
    await Promise.all([batch.connect(), watcher.connect()]);
  });
  afterAll(async () => {
    await Promise.all([batch?.end(), watcher?.end()]);
    await app?.close();
    await database?.drop();
  });

  it('is the state before a batch that commits while it is computed, in every section', async () => {
    const before = await dashboard();
    expect(before.activities.byStatus).toMatchObject({ planned: 1, completed: 0 });
    expect(before.recommendations.byStatus).toMatchObject({ submitted: 1, accepted: 0 });

    await touchCheckpoints(batch);
    await batch.query('BEGIN');
    await batch.query('LOCK TABLE recommendation_view IN ACCESS EXCLUSIVE MODE');
    const during = dashboard();
    await waitingOn('recommendation_view');
    await batch.query("UPDATE activity_view SET status = 'completed', percent_complete = 100 WHERE id = $1", [s.activity]);
    await batch.query("UPDATE recommendation_view SET status = 'accepted' WHERE id = $1", [s.recommendation]);
    await touchCheckpoints(batch);
    await batch.query('COMMIT');

    expect(await during).toEqual(before);
    const after = await dashboard();
    expect(after.activities.byStatus).toMatchObject({ planned: 0, completed: 1 });
    expect(after.percentComplete).toBe(100);
    expect(after.recommendations.byStatus).toMatchObject({ submitted: 0, accepted: 1 });
  });

  it('is a page and a total of one state: a list whose total is counted while a batch moves a row out of its filter', async () => {
    const planned = async () => {
      const response = await fetch(`${app.url}/activities?planId=${s.listPlan}&status=planned`, { headers: { Authorization: `Bearer ${app.adminToken}` } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { items: { code: string }[]; total: number };
      return { codes: body.items.map((a) => a.code), total: body.total };
    };
    expect(await planned()).toEqual({ codes: ['1.1', '1.2'], total: 2 });

    // The page reads the activities' reports, the count does not: the page waits for the batch, the count would not.
    await batch.query('BEGIN');
    await batch.query('LOCK TABLE activity_progress_report IN ACCESS EXCLUSIVE MODE');
    const during = planned();
    await waitingOn('activity_progress_report');
    await batch.query("UPDATE activity_view SET status = 'completed' WHERE plan_id = $1 AND code = '1.1'", [s.listPlan]);
    await batch.query('COMMIT');

    // Read apart, the answer was one planned activity on the page and two in all.
    expect(await during).toEqual({ codes: ['1.1', '1.2'], total: 2 });
    expect(await planned()).toEqual({ codes: ['1.2'], total: 1 });
  });
});
