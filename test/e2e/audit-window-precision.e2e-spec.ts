import { anOrganization } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The audit's `from` and `to` are compared at the store's precision, the microsecond (Postgres'
 * timestamptz), not at a JS Date's millisecond: `from=…02.2705Z` leaves out an event recorded at
 * `…02.270Z`, which is half a millisecond before it.
 */
describe('GET /audit from and to, to the microsecond', () => {
  let app: TestApp;
  let stream: string;
  let recordedAt: string;

  /** The recording time of the event moved by some microseconds, with six digits, in UTC or at an offset of whole hours. */
  const shifted = (microseconds: number, offsetHours = 0) => {
    const total = Date.parse(recordedAt) * 1000 + microseconds + offsetHours * 3_600_000_000;
    const seconds = Math.floor(total / 1_000_000);
    const local = new Date(seconds * 1000).toISOString().slice(0, 19);
    const zone = offsetHours === 0 ? 'Z' : `+${String(offsetHours).padStart(2, '0')}:00`;
    return `${local}.${String(total - seconds * 1_000_000).padStart(6, '0')}${zone}`;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const organization = await write(app, '/organizations', anOrganization());
    stream = `organization-${organization.id}`;
    const [entry] = (await app.http.get('/audit').query({ stream, minPosition: organization.position })).body.items;
    recordedAt = entry.recordedAt;
  }, 60_000);
  afterAll(async () => app.close());

  const count = async (query: Record<string, string>) => {
    const response = await app.http.get('/audit').query({ stream, ...query });
    expect(response.status).toBe(200);
    return response.body.total as number;
  };

  it('recorded at a whole millisecond, as the writer stamps it', () => {
    expect(recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('from: half a millisecond later leaves the event out; the very microsecond keeps it', async () => {
    expect(await count({ from: recordedAt })).toBe(1);
    expect(await count({ from: shifted(0) })).toBe(1);
    expect(await count({ from: shifted(1) })).toBe(0);
    expect(await count({ from: shifted(500) })).toBe(0);
    expect(await count({ from: shifted(-1) })).toBe(1);
  });

  it('to: a microsecond earlier leaves the event out', async () => {
    expect(await count({ to: shifted(0) })).toBe(1);
    expect(await count({ to: shifted(-1) })).toBe(0);
    expect(await count({ to: shifted(-500) })).toBe(0);
    expect(await count({ to: shifted(500) })).toBe(1);
  });

  it('the same moment written at another offset (Dushanbe, +05:00) is the same bound', async () => {
    expect(await count({ from: shifted(1, 5) })).toBe(0);
    expect(await count({ from: shifted(0, 5) })).toBe(1);
    expect(await count({ to: shifted(0, 5) })).toBe(1);
    expect(await count({ to: shifted(-1, 5) })).toBe(0);
  });

  it('a to before from by less than a millisecond is refused, naming to', async () => {
    const response = await app.http.get('/audit').query({ from: shifted(600), to: shifted(200) });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([{ field: 'to', messages: ['to must not be before from'] }]);
    expect((await app.http.get('/audit').query({ from: shifted(200), to: shifted(200) })).status).toBe(200);
  });

  it('more digits than the store keeps (a seventh) is a 400 naming the field', async () => {
    const response = await app.http.get('/audit').query({ from: shifted(0).replace('Z', '1Z') });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['from']);
  });
});
