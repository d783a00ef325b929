import { uniqueCode } from '../support/builders.js';
import { aSession } from '../support/commission-builders.js';
import { committedDocument, readPaths } from '../support/openapi-mutations.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every read takes `minPosition` (read-your-writes): it waits until the read models have applied that
 * position, answers 503 PROJECTIONS_BEHIND when they do not in time, and is never refused as unknown.
 * The session pack and the audit's verify and digest once refused it.
 */
const FAR_AHEAD = '99999999999999:1';

describe('minPosition on every read', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof plannedActivity>>;
  beforeAll(async () => {
    // Shorter than the default, so that a position never reached answers sooner; long enough for a write to be projected.
    app = await startTestApp({ READ_YOUR_WRITES_TIMEOUT_MS: '3000' });
    ids = await plannedActivity(app);
  }, 60_000);
  afterAll(async () => app.close());

  it('the session pack reads a session scheduled just before, when asked with the position of its write', async () => {
    const number = uniqueCode('7');
    const session = await write(app, '/commission/sessions', aSession({ number }));
    const pack = await app.http.get(`/commission/sessions/${session.id}/pack`).query({ minPosition: session.position });
    expect(pack.status).toBe(200);
    expect(pack.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(pack.text).toContain(number);
  });

  it.each(['/audit/verify', '/audit/digest', '/audit/digest?at=1'])('%s takes minPosition, with the same wait as every read', async (path) => {
    const written = await write(app, '/organizations', { name: 'Peshraft', acronym: uniqueCode('P'), kind: 'ngo', country: 'TJ' });
    const read = await app.http.get(path).query({ minPosition: written.position });
    expect(read.status).toBe(200);
    expect(read.body.digest).toMatch(/^[0-9a-f]{64}$/);
    const behind = await app.http.get(path).query({ minPosition: FAR_AHEAD });
    expect(behind.status).toBe(503);
    expect(behind.body.code).toBe('PROJECTIONS_BEHIND');
  });

  it('the session pack waits too: a position never reached is a 503, a malformed one a 400 naming it', async () => {
    const path = `/commission/sessions/${ids.planId}/pack`;
    expect((await app.http.get(path).query({ minPosition: FAR_AHEAD })).body.code).toBe('PROJECTIONS_BEHIND');
    const malformed = await app.http.get(path).query({ minPosition: 'yesterday' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields).toEqual([{ field: 'minPosition', messages: ['minPosition must be a position returned by a write'] }]);
  });

  it('no documented read refuses minPosition', async () => {
    const byFirstSegment: Record<string, string> = { plans: ids.planId, activities: ids.activityId, organizations: ids.leadId, donors: ids.donorId };
    const paths = readPaths(committedDocument());
    expect(paths.length).toBeGreaterThanOrEqual(40);
    const { position } = await write(app, '/organizations', { name: 'Peshraft', acronym: uniqueCode('P'), kind: 'ngo', country: 'TJ' });
    const wrong: string[] = [];
    for (const template of paths) {
      const path = template.replace(/\{[^}]+\}/g, byFirstSegment[template.split('/')[1]] ?? '00000000-0000-4000-8000-00000000dead');
      const response = await app.http.get(path).query({ minPosition: position });
      const fields = ((response.body?.fields ?? []) as { field: string }[]).map((f) => f.field);
      if (response.status >= 500 || fields.includes('minPosition'))
        wrong.push(`${template}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  });
});
