import { anOrganization, aPlan } from '../support/builders.js';
import { aSession, aSessionHeld } from '../support/commission-builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('commission sessions and plan revision over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  it('schedules a session and records it held, with attendees and minutes', async () => {
    const ministry = await write(app, '/organizations', anOrganization({ name: 'Ministry of Labour, Migration and Population Employment', acronym: 'MoLMPE', kind: 'ministry' }));
    const iom = await write(app, '/organizations', anOrganization({ name: 'International Organization for Migration', acronym: 'IOM', kind: 'international_organization', country: 'CH' }));

    const scheduled = await app.http.post('/commission/sessions').send(aSession());
    expect(scheduled.status).toBe(201);
    expect(scheduled.body).toEqual({ id: expect.any(String), revision: 0, position: expect.any(String) });
    expect(scheduled.headers.etag).toBe('"0"');

    const held = await app.http
      .post(`/commission/sessions/${scheduled.body.id}/held`)
      .set('If-Match', '"0"')
      .send(aSessionHeld([ministry.id, iom.id]));
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ id: scheduled.body.id, revision: 1 });

    const stream = await app.events.readStream(`commission_session-${scheduled.body.id}`);
    expect(stream.map((e) => [e.type, e.data])).toEqual([
      [
        'CommissionSessionScheduled',
        { sessionId: scheduled.body.id, number: '4', scheduledOn: '2015-12-10', agenda: aSession().agenda.map((en) => ({ en })), effectiveOn: '2015-12-10' },
      ],
      ['CommissionSessionHeld', { heldOn: '2015-12-10', attendeeOrganizationIds: [ministry.id, iom.id], minutesRef: 'Minutes IMC-2015/4', effectiveOn: '2015-12-10' }],
    ]);
  });

  it('answers a retried scheduling with the same Idempotency-Key from the first result', async () => {
    const first = await app.http.post('/commission/sessions').set('Idempotency-Key', 'session-6').send(aSession({ number: '6' }));
    const before = (await app.allEvents()).length;
    const again = await app.http.post('/commission/sessions').set('Idempotency-Key', 'session-6').send(aSession({ number: '6' }));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await app.allEvents()).length).toBe(before);
  });

  it('refuses a second "held" for the same session with 409 SESSION_ALREADY_HELD', async () => {
    const session = await write(app, '/commission/sessions', aSession({ number: '7' }));
    await write(app, `/commission/sessions/${session.id}/held`, aSessionHeld([]));
    const again = await app.http.post(`/commission/sessions/${session.id}/held`).send(aSessionHeld([], { heldOn: '2015-12-11' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'SESSION_ALREADY_HELD' });
    expect(await app.events.readStream(`commission_session-${session.id}`)).toHaveLength(2);
  });

  it('revises a plan with a reason and closes it', async () => {
    const plan = await write(app, '/plans', aPlan());
    await write(app, `/plans/${plan.id}/adopt`, { adoptedOn: '2015-03-03', instrument: 'Government Decree No. 97' });
    const revised = await write(app, `/plans/${plan.id}/revise`, {
      changes: { periodEnd: '2021-12-31', coordinatingBody: 'Inter-ministerial commission on migration' },
      reason: 'Extended by one year',
      effectiveOn: '2019-06-01',
    });
    expect(revised.revision).toBe(2);
    const closed = await write(app, `/plans/${plan.id}/close`, { closedOn: '2021-12-31' });
    expect(closed.revision).toBe(3);
    const stream = await app.events.readStream(`plan-${plan.id}`);
    expect(stream.slice(2).map((e) => [e.type, e.data])).toEqual([
      ['PlanRevised', { changes: { periodEnd: '2021-12-31', coordinatingBody: 'Inter-ministerial commission on migration' }, reason: 'Extended by one year', effectiveOn: '2019-06-01' }],
      ['PlanClosed', { closedOn: '2021-12-31', effectiveOn: '2021-12-31' }],
    ]);
    const afterClose = await app.http.post(`/plans/${plan.id}/revise`).send({ changes: { coordinatingBody: 'x' }, reason: 'too late' });
    expect(afterClose.status).toBe(409);
    expect(afterClose.body).toMatchObject({ code: 'TERMINAL_STATE' });
  });
});
