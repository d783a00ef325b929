import type { DataSource } from 'typeorm';
import { createDataSource, LoginThrottle, SessionStore, UserDirectory } from '#platform';
import { ALL_MIGRATIONS, READ_MODEL_ENTITIES } from '#read-models';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Session expiry (sliding and absolute), one-time links and the throttle, on a real database, with explicit clocks. */
let database: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
  await dataSource.initialize();
  await dataSource.runMigrations();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const USER = '7a0c2a52-0b8e-4c4e-9a31-000000000001';
const limits = { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 8, 0) + minutes * 60_000);

describe('sessions', () => {
  it('slide while used, end when idle too long, and end at the absolute limit however used', async () => {
    const sessions = new SessionStore(dataSource);
    const { id, csrfToken } = await sessions.open(USER, limits, at(0));
    expect(await sessions.touch(id, limits, at(29))).toEqual({ userId: USER, csrfToken });
    // Each use restarts the idle clock: alive at 58 (29 idle), gone at 90 (32 idle > 30).
    expect(await sessions.touch(id, limits, at(58))).not.toBeNull();
    expect(await sessions.touch(id, limits, at(90))).toBeNull();

    const busy = await sessions.open(USER, limits, at(0));
    for (let minute = 20; minute < 480; minute += 20) expect(await sessions.touch(busy.id, limits, at(minute))).not.toBeNull();
    expect(await sessions.touch(busy.id, limits, at(480))).toBeNull();
  });

  it('stores only a hash of the id, and ends all of a user sessions at once', async () => {
    const sessions = new SessionStore(dataSource);
    const a = await sessions.open(USER, limits, at(0));
    const b = await sessions.open(USER, limits, at(0));
    const stored = (await dataSource.query('SELECT id_hash FROM user_sessions')) as { id_hash: string }[];
    expect(stored.map((r) => r.id_hash)).not.toContain(a.id);
    expect(await sessions.closeAllOf(USER)).toBeGreaterThanOrEqual(2);
    expect(await sessions.touch(a.id, limits, at(1))).toBeNull();
    expect(await sessions.touch(b.id, limits, at(1))).toBeNull();
  });
});

describe('one-time links', () => {
  it('work once, within 72 hours, and a new link of the same purpose retires the old one', async () => {
    const directory = new UserDirectory(dataSource);
    await directory.reserve(USER, 'links@example.org');
    const first = await directory.createLink(USER, 'invitation', at(0));
    const second = await directory.createLink(USER, 'invitation', at(1));
    await expect(directory.peekLink(first.token, at(2))).rejects.toMatchObject({ code: 'LINK_USED' });
    await expect(directory.peekLink(second.token, at(1 + 72 * 60))).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
    expect(await directory.consumeLink(second.token, at(2))).toMatchObject({ userId: USER, purpose: 'invitation' });
    await expect(directory.consumeLink(second.token, at(3))).rejects.toMatchObject({ code: 'LINK_USED' });
    await expect(directory.peekLink('nothing', at(3))).rejects.toMatchObject({ code: 'LINK_UNKNOWN' });
    const stored = JSON.stringify(await dataSource.query('SELECT * FROM user_links'));
    expect(stored).not.toContain(second.token);
  });

  it('keep e-mails unique whatever their case', async () => {
    const directory = new UserDirectory(dataSource);
    await expect(directory.reserve('7a0c2a52-0b8e-4c4e-9a31-000000000002', 'links@example.org')).rejects.toMatchObject({ name: 'EmailTakenError' });
    expect(await directory.userIdByEmail('LINKS@example.org')).toBe(USER);
  });
});

describe('throttle', () => {
  it('locks a key after the limit within the window, for the lock time, and forgets old failures', async () => {
    const throttle = new LoginThrottle(dataSource);
    const rule = { limit: 3, windowMs: 15 * 60_000, lockMs: 10 * 60_000 };
    await throttle.fail('account:a', rule, at(0));
    await throttle.fail('account:a', rule, at(1));
    await throttle.fail('account:a', rule, at(20)); // the window started over at 20
    await expect(throttle.check('account:a', at(20))).resolves.toBeUndefined();
    await throttle.fail('account:a', rule, at(21));
    await throttle.fail('account:a', rule, at(22));
    await expect(throttle.check('account:a', at(23))).rejects.toMatchObject({ retryAfterSeconds: 9 * 60 });
    await expect(throttle.check('account:a', at(32))).resolves.toBeUndefined();
  });
});
