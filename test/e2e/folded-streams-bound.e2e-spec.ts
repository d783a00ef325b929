import { activityStream } from '#domain';
import type { EventStore } from '#event-store';
import { anActivity } from '../support/builders.js';
import { plannedActivity, projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * FOLDED_STREAM_EVENTS reaches the write side of the running service: under a bound of three events,
 * an activity's fold is dropped once another activity's is kept, and its next command reads its stream
 * from the start (under the default bound it would be decided on the kept fold without that read).
 */
describe('the bound on folded streams, from the configuration', () => {
  let app: TestApp;
  const fromStart: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ FOLDED_STREAM_EVENTS: '3' });
    const events: EventStore = app.events;
    const readStream = events.readStream.bind(events);
    events.readStream = (stream, fromRevision = 0) => {
      if (fromRevision === 0) fromStart.push(stream);
      return readStream(stream, fromRevision);
    };
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('drops the fold used longest ago past the bound, and reads that stream whole on its next command', async () => {
    const { planId, objectiveId, leadId, activityId: first } = await plannedActivity(app);
    const second = (await write(app, '/activities', anActivity({ planId, objectiveId, leadAgencyId: leadId }, { code: '2.4' }))).id;
    await write(app, `/activities/${first}/start`, { startedOn: '2016-01-15' });
    await write(app, `/activities/${second}/start`, { startedOn: '2016-01-15' });
    fromStart.length = 0;
    const suspended = await write(app, `/activities/${first}/suspend`, { reason: 'Funding gap until the next budget year' });
    expect(fromStart.filter((stream) => stream === activityStream(first))).toHaveLength(1);
    await projected(app, suspended.position);
    expect((await app.http.get(`/activities/${first}`)).body).toMatchObject({ status: 'suspended' });
  });
});
