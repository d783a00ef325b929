import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import pg from 'pg';
import { Reminders } from '#application';
import { aDecision, aSession, aSessionHeld } from '../support/commission-builders.js';
import { anActivity, anObjective, anOrganization, aPlan, aProgressReport } from '../support/builders.js';
import { ensureCompiled } from '../support/compiled.js';
import { projected, write } from '../support/scenario.js';
import { linkIn, startSmtpInbox } from '../support/smtp-inbox.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createServerDatabase, SERVER_URL, type TestDatabase } from '../support/test-database.js';

const day = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** A person invited through the API who set their password from the mailed link: an active user. */
async function activePerson(app: TestApp, inbox: Awaited<ReturnType<typeof startSmtpInbox>>, body: Record<string, unknown>) {
  const invited = await app.http.post('/users').send(body);
  expect(invited.status).toBe(201);
  const token = new URL(linkIn(await inbox.messageTo(body.email as string))).searchParams.get('token');
  expect((await app.http.post('/auth/password').send({ token, password: 'a long enough passphrase for tests' })).status).toBe(200);
  return invited.body.id as string;
}

describe('reminders by e-mail, each sent once, to a real SMTP server', () => {
  let database: TestDatabase;
  let app: TestApp;
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let projector: ChildProcess | undefined;
  const today = new Date();
  let ms: string;
  let sessionId: string;

  beforeAll(async () => {
    ensureCompiled();
    inbox = await startSmtpInbox();
    database = await createServerDatabase(SERVER_URL, { prefix: 'reminders' });
    app = await startTestApp({ SMTP_URL: inbox.url, REMINDERS_CRON: 'off' }, database);
    ms = (await write(app, '/organizations', anOrganization({ name: 'Migration Service', acronym: 'MS', kind: 'state_agency' }))).id;
    await activePerson(app, inbox, { email: 'focal@ms.example.tj', displayName: 'Focal Point', role: 'agency', organizationId: ms, language: 'ru' });
    await activePerson(app, inbox, { email: 'clerk@molmpe.example.tj', displayName: 'Clerk', role: 'secretariat', language: 'tg' });
    sessionId = (await write(app, '/commission/sessions', aSession({ scheduledOn: '2016-06-16' }))).id;
    await write(app, `/commission/sessions/${sessionId}/held`, aSessionHeld([ms], { heldOn: '2016-06-16' }));
  }, 180_000);

  afterAll(async () => {
    // A process ended by a signal has no exit code, only its signal.
    if (projector && projector.exitCode === null && projector.signalCode === null) {
      projector.kill('SIGKILL');
      await once(projector, 'exit');
    }
    await app.close();
    await database.drop();
    await inbox.close();
  });

  it('driven by an injected clock: one message per person per day, in their language, each reason once', async () => {
    const clock = new Date('2030-03-01T06:00:00Z');
    const dueSoon = await write(app, '/decisions', aDecision(sessionId, { number: 'IMC-2016/10', titles: { en: 'Report on the hotline', ru: 'Отчёт о горячей линии' }, title: undefined, responsibleAgencyIds: [ms], dueDate: '2030-03-25' }));
    const late = await write(app, '/decisions', aDecision(sessionId, { number: 'IMC-2016/11', responsibleAgencyIds: [ms], dueDate: '2030-02-26' }));
    await projected(app, late.position);
    expect(dueSoon.id).not.toBe(late.id);
    const reminders = app.app.get(Reminders);

    expect(await reminders.run(clock)).toEqual({ decided: 2, sent: 2, failed: 0 });
    const focal = await inbox.messageTo('focal@ms.example.tj');
    expect(focal.subject).toBe('Мониторинг плана действий: напоминаний — 2');
    expect(focal.text).toContain('Срок исполнения решения IMC-2016/10 «Отчёт о горячей линии» — 2030-03-25, осталось дней: 24.');
    expect(focal.text).toContain('Срок исполнения решения IMC-2016/11 «Information campaign on investing remittances» истёк 2030-02-26, просрочено дней: 3.');
    // Each notice leads to where the person acts on it: the decision, focused, in the web application's tracker.
    expect(focal.text).toContain(`${app.config.PUBLIC_URL}/app/decisions?view=all&focus=${late.id}`);
    expect(focal.html).toContain(`<a href="${app.config.PUBLIC_URL}/app/decisions?view=all&amp;focus=${dueSoon.id}">`);
    const clerk = await inbox.messageTo('clerk@molmpe.example.tj');
    expect(clerk.subject).toBe('Мониторинги нақшаи амал: ёдраскуниҳо — 1');
    expect(clerk.text).toContain('Қарорҳои мӯҳлаташон гузашта дар ин ҳафта: 1.');
    expect(clerk.text).toContain(`${app.config.PUBLIC_URL}/app/decisions?view=overdue`);

    // The same day again, and the next day: nothing new to say.
    expect(await reminders.run(new Date('2030-03-01T18:00:00Z'))).toEqual({ decided: 0, sent: 0, failed: 0 });
    expect(await reminders.run(new Date('2030-03-02T06:00:00Z'))).toEqual({ decided: 0, sent: 0, failed: 0 });
    // Within 7 days of the first, and a second week overdue: one message with both.
    expect(await reminders.run(new Date('2030-03-19T06:00:00Z'))).toMatchObject({ decided: 2, sent: 2 });
    const week = await inbox.messageTo('focal@ms.example.tj');
    expect(week.text).toContain('осталось дней: 6');
    expect(week.text).toContain('просрочено дней: 21');
    expect((await inbox.messageTo('clerk@molmpe.example.tj')).text).toContain('IMC-2016/11');
    expect(inbox.received).toEqual([]);

    const log = await app.http.get('/reminders');
    expect(log.status).toBe(200);
    expect(log.body.items.filter((m: { email: string }) => m.email === 'focal@ms.example.tj').map((m: { day: string; status: string; reasons: string[] }) => [m.day, m.status, m.reasons])).toEqual([
      ['2030-03-19', 'sent', [`decision:${late.id}:overdue-week-3`, `decision:${dueSoon.id}:due-in-7`]],
      ['2030-03-01', 'sent', [`decision:${late.id}:overdue-week-1`, `decision:${dueSoon.id}:due-in-30`]],
    ]);
    const agency = await app.token('agency', ms);
    expect((await app.as(agency.token).get('/reminders')).status).toBe(403);
    await write(app, `/decisions/${dueSoon.id}/implemented`, { implementedOn: '2016-07-01' });
    await write(app, `/decisions/${late.id}/implemented`, { implementedOn: '2016-07-01' });
  }, 60_000);

  it('reminds the lead agency of a progress report due under the plan’s calendar, in their language', async () => {
    const plan = await write(app, '/plans', aPlan({ periodStart: '2015-01-01', periodEnd: '2017-12-31' }));
    const objective = await write(app, `/plans/${plan.id}/objectives`, anObjective());
    await write(app, `/plans/${plan.id}/reporting-calendar`, { frequency: 'yearly', dueDays: 30 });
    const activity = await write(app, '/activities', anActivity({ planId: plan.id, objectiveId: objective.objectiveId as string, leadAgencyId: ms }, { code: '9.1', title: 'Hotline for returning migrants', plannedStart: '2015-01-01', plannedEnd: '2017-06-30' }));
    const started = await write(app, `/activities/${activity.id}/start`, { startedOn: '2015-02-01' });
    await projected(app, started.position);
    const reminders = app.app.get(Reminders);
    expect(await reminders.run(new Date('2016-01-25T06:00:00Z'))).toMatchObject({ decided: 1, sent: 1 });
    const mail = await inbox.messageTo('focal@ms.example.tj');
    expect(mail.text).toContain('Отчёт о ходе мероприятия 9.1 «Hotline for returning migrants» за 2015-01-01 – 2015-12-31 нужно сдать до 2016-01-30, осталось дней: 5.');
    // The report form of that period, filled in with it.
    expect(mail.text).toContain(`${app.config.PUBLIC_URL}/app/activities/${activity.id}/report?periodStart=2015-01-01&periodEnd=2015-12-31`);
    expect(await reminders.run(new Date('2016-01-30T06:00:00Z'))).toMatchObject({ decided: 1, sent: 1 });
    expect((await inbox.messageTo('focal@ms.example.tj')).text).toContain('нужно сдать сегодня (2016-01-30)');
    // The report in: nothing more is owed for 2015.
    const reported = await write(app, `/activities/${activity.id}/progress-reports`, aProgressReport({ periodStart: '2015-01-01', periodEnd: '2015-12-31', percentComplete: 30 }));
    await projected(app, reported.position);
    expect(await reminders.run(new Date('2016-02-06T06:00:00Z'))).toEqual({ decided: 0, sent: 0, failed: 0 });
    expect(inbox.received).toEqual([]);
    await write(app, `/activities/${activity.id}/suspend`, { reason: 'stops the reminders for the next tests' });
  }, 60_000);

  it('a projector killed between deciding and sending sends that message once after its restart, and a stop while it sends waits for the send to be recorded', async () => {
    const decision = await write(app, '/decisions', aDecision(sessionId, { number: 'IMC-2016/12', responsibleAgencyIds: [ms], dueDate: day(today, 5) }));
    await projected(app, decision.position);
    const start = () =>
      spawn(process.execPath, ['dist/apps/projector/src/main.js'], {
        env: { ...process.env, DATABASE_URL: database.url, SMTP_URL: inbox.url, REMINDERS_CRON: '* * * * * *', LOG_LEVEL: 'error', ...(app.config.EVENTSTORE_URL ? { EVENTSTORE_URL: app.config.EVENTSTORE_URL } : {}) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    const ledger = async () =>
      ((await app.http.get('/reminders')).body.items as { reasons: string[]; status: string; attempts: number }[])
        .filter((m) => m.reasons.includes(`decision:${decision.id}:due-in-7`))
        .map((m) => [m.status, m.attempts]);

    // The SMTP server stalls: the projector decides, starts sending, and is killed while it waits.
    inbox.hold.on = true;
    projector = start();
    await inbox.until(() => inbox.hold.stalled === 1);
    projector.kill('SIGKILL');
    await once(projector, 'exit');
    inbox.drop();
    expect(await ledger()).toEqual([['pending', 0]]);
    expect(inbox.received).toEqual([]);

    // Restarted, it sends what is pending at once, while it is still starting: the projector's start
    // waits here on a lock on its checkpoints. Stopped with SIGTERM then, with the server holding the
    // message, it waits for the acknowledgement and records it before it exits.
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE projection_checkpoints IN ACCESS EXCLUSIVE MODE');
    inbox.hold.on = true;
    projector = start();
    await inbox.until(() => inbox.hold.stalled === 2);
    const exited = once(projector, 'exit');
    projector.kill('SIGTERM');
    await inbox.release();
    await blocker.query('COMMIT');
    await blocker.end();
    const [, signal] = await exited;
    expect(signal).toBe('SIGTERM');
    expect((await inbox.messageTo('focal@ms.example.tj')).text).toContain('IMC-2016/12');
    expect(await ledger()).toEqual([['sent', 1]]);

    // Another process (this one) running the same day finds it decided and sent: nothing goes twice.
    expect(await app.app.get(Reminders).run(new Date())).toEqual({ decided: 0, sent: 0, failed: 0 });
    expect(inbox.received).toEqual([]);
  }, 120_000);
});
