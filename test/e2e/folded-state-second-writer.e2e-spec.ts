import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { AccessTokens } from '#platform';
import { waitUntil } from '../contract/event-store.contract.js';
import { ensureCompiled } from '../support/compiled.js';
import { aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createServerDatabase, SERVER_URL, type TestDatabase } from '../support/test-database.js';
import { freePort } from '../support/free-port.js';
import { linkIn, startSmtpInbox } from '../support/smtp-inbox.js';


/**
 * The folded state kept between commands (FoldedStreams) never decides on a stream older than its head:
 * a second API process writes to an activity between two commands of this one, and the second command
 * is judged on that write.
 */
describe('folded aggregate state with a writer in another process', () => {
  let database: TestDatabase;
  let app: TestApp;
  let other: ChildProcess;
  let otherUrl: string;
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;

  beforeAll(async () => {
    ensureCompiled();
    inbox = await startSmtpInbox();
    database = await createServerDatabase(SERVER_URL, { prefix: 'folded' });
    app = await startTestApp({ SMTP_URL: inbox.url }, database);
    const port = await freePort();
    other = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
      env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), BOOTSTRAP_ADMIN_TOKEN: app.adminToken, RUN_PROJECTOR: 'false', LOG_LEVEL: 'error', ...(app.config.EVENTSTORE_URL ? { EVENTSTORE_URL: app.config.EVENTSTORE_URL } : {}) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    otherUrl = `http://127.0.0.1:${port}`;
    for (let i = 0; !(await fetch(`${otherUrl}/health`).then((r) => r.status < 500, () => false)); i++) {
      if (i > 600) throw new Error('the second API process did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 180_000);

  afterAll(async () => {
    if (other.exitCode === null) {
      other.kill('SIGTERM');
      await once(other, 'exit');
    }
    await app.close();
    await database.drop();
    await inbox.close();
  });

  const fromOther = (path: string, body: unknown) =>
    fetch(`${otherUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${app.adminToken}` }, body: JSON.stringify(body) });

  /**
   * The other process's write, once this one has heard of it. On the Postgres event store a token's check
   * is kept here with its owner's stream head until Postgres announces a change to it, a few milliseconds
   * after the commit and possibly after the other process has answered; on EventStoreDB a token's owner is
   * read at every request, and there is nothing to wait for.
   */
  async function heardHere(write: Promise<Response>): Promise<Response> {
    const { checked } = app.app.get(AccessTokens);
    const before = checked.stamp;
    const response = await write;
    if (!app.config.EVENTSTORE_URL && checked.keeping) await waitUntil(() => checked.stamp !== before);
    return response;
  }

  it('judges a command on the other process’s write, refuses a stale If-Match, and chains after it', async () => {
    const { activityId } = await plannedActivity(app);
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-01-15' });
    // This process folds the activity (and keeps the fold) at 40 %.
    const first = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ periodStart: '2016-01-01', periodEnd: '2016-03-31', percentComplete: 40 }));

    const otherWrite = await fromOther(`/activities/${activityId}/progress-reports`, aProgressReport({ periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 70 }));
    expect(otherWrite.status).toBe(201);
    expect(((await otherWrite.json()) as { revision: number }).revision).toBe(first.revision + 1);

    // Judged on a fold at 40 % this would pass; on the head (70 %) a lower percentage needs a reason.
    const lower = await app.http.post(`/activities/${activityId}/progress-reports`).send(aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 50 }));
    expect(lower.status).toBe(409);
    expect(lower.body.code).toBe('PROGRESS_DECREASE_WITHOUT_REASON');

    const stale = await app.http.post(`/activities/${activityId}/progress-reports`).set('If-Match', `"${first.revision}"`).send(aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 80 }));
    expect(stale.status).toBe(412);

    const next = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 80 }));
    expect(next.revision).toBe(first.revision + 2);
    const verified = await app.http.get('/audit/verify').query({ full: true }).expect(200);
    expect(verified.body).toMatchObject({ ok: true, failureCount: 0 });
  }, 60_000);

  it('checks a token against its user as the other process left them: disabled there, refused here at the next request once Postgres has announced it', async () => {
    const invited = await app.http.post('/users').send({ email: 'second-writer@example.org', displayName: 'Second writer', role: 'commission' });
    expect(invited.status).toBe(201);
    const link = new URL(linkIn(await inbox.messageTo('second-writer@example.org')));
    await app.as(null).post('/auth/password').send({ token: link.searchParams.get('token'), password: 'a long and quiet river 42' }).expect(200);
    const issued = await app.http.post(`/users/${invited.body.id}/tokens`).send({ displayName: 'script' }).expect(201);
    const me = () => app.as(issued.body.token).get('/auth/me');
    // This process now keeps the user's fold at its head.
    expect((await me()).status).toBe(200);

    expect((await heardHere(fromOther(`/users/${invited.body.id}/disable`, { reason: 'left the commission' }))).status).toBe(200);
    expect((await me()).status).toBe(401);
    expect((await heardHere(fromOther(`/users/${invited.body.id}/enable`, { reason: 'came back' }))).status).toBe(200);
    expect((await me()).body).toMatchObject({ user: { id: invited.body.id }, role: 'commission', via: 'token' });
  }, 60_000);

  it('judges a progress report on the plan as the other process left it: approval turned on there keeps the report here pending', async () => {
    const { activityId, planId } = await plannedActivity(app);
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-01-15' });
    // This process keeps the plan's fold (reporting without approval) from the first report.
    await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ periodStart: '2016-01-01', periodEnd: '2016-06-30', percentComplete: 20 }));

    expect((await fromOther(`/plans/${planId}/reporting-calendar`, { frequency: 'half_yearly', dueDays: 30, approval: true })).status).toBe(200);
    await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-12-31', percentComplete: 40 }));
    const types = (await app.events.readStream(`activity-${activityId}`)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['ActivityProgressReported', 'ProgressReportSubmitted']);
  }, 60_000);
});
