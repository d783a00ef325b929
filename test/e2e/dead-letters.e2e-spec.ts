import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { generateSecret } from '#platform';
import { listDeadLetters } from '#read-models';
import { snapshotReadModels } from '../read-models/support.js';
import { aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { ensureCompiled } from '../support/compiled.js';

/** What the service itself would write, minus the hash chain: these events go straight to the store. */
const metadata = () => ({ actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: 1 });

/** Valid-looking, accepted by the domain, refused by the `date` column of the audit log (issue 9, item 1). */
async function appendYearZeroIndicator(app: TestApp, activityId: string): Promise<string> {
  const id = randomUUID();
  const data = { indicatorId: randomUUID(), name: 'Investors', unit: 'people', baseline: 0, target: 10, effectiveOn: '0000-01-01' };
  await app.events.append(`activity-${activityId}`, [{ id, type: 'IndicatorDefined', data, metadata: metadata() }], 'any');
  return id;
}

/**
 * Issue 9, item 1: an event whose date Postgres refuses once stopped every projection for good. It is
 * parked as a dead letter; the events after it are projected.
 */
describe('dead letters: one event the read models refuse does not stop the log', () => {
  let app: TestApp;
  let activityId: string;
  let poisonId: string;
  beforeAll(async () => {
    app = await startTestApp({ READ_YOUR_WRITES_TIMEOUT_MS: '3000' });
    ({ activityId } = await plannedActivity(app));
    poisonId = await appendYearZeroIndicator(app, activityId);
  }, 60_000);
  afterAll(async () => app.close());

  it('the events after it are projected and read-your-writes answers', async () => {
    const started = await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: started.position });
    expect(read.status).toBe(200);
    // The activity read model took the event; only the audit log refused it.
    expect(read.body).toMatchObject({ status: 'in_progress', indicators: [{ name: 'Investors' }] });
    const audit = await app.http.get('/audit').query({ stream: `activity-${activityId}`, minPosition: started.position });
    expect(audit.body.items.map((e: { type: string }) => e.type)).toEqual(['ActivityPlanned', 'ActivityStarted']);
  });

  it('is parked with the projection, the event and the error', async () => {
    const letters = await listDeadLetters(app.app.get(DataSource).manager);
    const stored = (await app.allEvents()).find((e) => e.id === poisonId)!;
    expect(letters).toEqual([
      expect.objectContaining({ projection: 'audit', eventId: poisonId, position: stored.position, stream: `activity-${activityId}`, revision: stored.revision, type: 'IndicatorDefined', errorCode: '22008', attempts: 3 }),
    ]);
    expect(letters[0].error).toMatch(/0000-01-01/);
  });

  it('/health stays up and shows the parked event; /metrics counts it per projection', async () => {
    const health = await app.as(null).get('/health');
    expect(health.status).toBe(200);
    expect(health.body.details.projections).toMatchObject({ status: 'up', parkedEvents: { audit: 1 } });
    const metrics = await app.http.get('/metrics');
    expect(metrics.text).toMatch(/^projection_dead_letters\{projection="audit"\} 1$/m);
    expect(metrics.text).toMatch(/^projection_dead_letters\{projection="activities"\} 0$/m);
  });
});

const CLI = 'dist/apps/cli/src/main.js';
// The CLI process works on the Postgres database, so the events stay there also in the EventStoreDB run.
const ENV = { BOOTSTRAP_ADMIN_TOKEN: generateSecret(), EVENTSTORE_URL: '' };

/** The operator's side: `projections parked | retry | rebuild` from the compiled CLI, in a process of its own. */
describe('dead letters: the CLI lists, retries and rebuilds', () => {
  let db: TestDatabase;
  let activityId: string;
  let yearZeroId: string;
  let reportId: string;
  let lastRevision: number;
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: db.url, DB_POOL_SIZE: String(db.poolSize), LOG_LEVEL: 'error', EVENTSTORE_URL: '' } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  /** The app on the test database, for the time of `work` (the CLI runs while it is stopped). */
  const withApp = async <T>(work: (app: TestApp) => Promise<T>): Promise<T> => {
    const app = await startTestApp(ENV, db);
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  };
  const parked = async () => JSON.parse((await cli('projections', 'parked', '--json')).stdout) as { projection: string; eventId: string; attempts: number; error: string }[];

  beforeAll(async () => {
    // What `precli` does; type errors elsewhere in the tree do not stop tsc from emitting the CLI.
    ensureCompiled();
    if (!existsSync(CLI)) throw new Error(`${CLI} was not built`);
    db = await createTestDatabase();
    await withApp(async (app) => {
      let donorId: string;
      ({ activityId, donorId } = await plannedActivity(app));
      yearZeroId = await appendYearZeroIndicator(app, activityId);
      await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
      // A refusal an operator can lift: the activity read model is made to refuse rows past 50 % for a
      // while, as a read model whose code or schema cannot yet take an event would.
      const dataSource = app.app.get(DataSource);
      await dataSource.query('ALTER TABLE activity_view ADD CONSTRAINT refuses_past_half CHECK (percent_complete < 50)');
      await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ percentComplete: 60 }));
      const committed = await write(app, `/activities/${activityId}/funding-commitments`, { donorId, money: { amount: '1000.00', currency: 'EUR' }, committedOn: '2016-03-01' });
      lastRevision = committed.revision;
      const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: committed.position });
      // Folded without the report: right only for what came after it.
      expect(read.body).toMatchObject({ percentComplete: 0, revision: lastRevision, funding: [{ committed: '1000.00' }] });
      await dataSource.query('ALTER TABLE activity_view DROP CONSTRAINT refuses_past_half');
    });
    reportId = (await parked()).find((l) => l.projection === 'activities')!.eventId;
  }, 180_000);
  afterAll(async () => db?.drop());

  it('lists the parked events', async () => {
    const listed = await cli('projections', 'parked');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^audit IndicatorDefined activity-${activityId}@\\d+ position \\S+ event ${yearZeroId} attempts=3 parked \\S+: .*0000-01-01`));
    expect(lines[1]).toMatch(new RegExp(`^activities ActivityProgressReported activity-${activityId}@\\d+ position \\S+ event ${reportId} attempts=3 .*refuses_past_half`));
    expect((await cli('projections', 'status')).stdout).toMatch(/^audit: \S+ \(1 parked\)$/m);
  });

  it('a retry of an event still refused keeps it parked, counts the attempt, and fails', async () => {
    const retried = await cli('projections', 'retry', yearZeroId);
    expect(retried.code).toBe(1);
    expect(retried.stdout).toMatch(new RegExp(`^still failing audit IndicatorDefined activity-${activityId}@\\d+ .*: .*0000-01-01`, 'm'));
    expect((await parked()).find((l) => l.eventId === yearZeroId)).toMatchObject({ projection: 'audit', attempts: 4 });
  });

  it('a retry that now goes through refolds the record from its stream and removes the dead letter', async () => {
    const retried = await cli('projections', 'retry', 'all', '--projection', 'activities');
    expect(retried.code).toBe(0);
    expect(retried.stdout).toMatch(new RegExp(`^projected activities ActivityProgressReported activity-${activityId}@`, 'm'));
    expect((await parked()).map((l) => l.eventId)).toEqual([yearZeroId]);
    await withApp(async (app) => {
      // The report folded in its place: applied alone on top of the commitment, it would have set the
      // row back to the report's revision.
      expect((await app.http.get(`/activities/${activityId}`)).body).toMatchObject({ percentComplete: 60, revision: lastRevision, funding: [{ committed: '1000.00' }] });
    });
  });

  it('a rebuild completes, lists the parked event and leaves read models equal to the live ones', async () => {
    const before = await withApp(async (app) => snapshotReadModels(app.app.get(DataSource)));
    const rebuilt = await cli('projections', 'rebuild');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/^rebuilt organizations, .* from \d+ events/m);
    expect(rebuilt.stdout).toMatch(new RegExp(`^parked 1 event .*\\n  audit IndicatorDefined activity-${activityId}@\\d+ .*event ${yearZeroId}: .*0000-01-01`, 'm'));
    expect((await parked()).map((l) => [l.projection, l.eventId, l.attempts])).toEqual([['audit', yearZeroId, 3]]);
    expect(await withApp(async (app) => snapshotReadModels(app.app.get(DataSource)))).toEqual(before);
  });
});
