import { BOOTSTRAP_ADMIN_USER_ID, envelopeFor, UserAccess } from '#application';
import { anOrganization } from '../support/builders.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Someone always remains able to administer the service: an admin does not disable their own user (which
 * would stop every token they issued too), and the last admin anyone can act as is neither disabled nor
 * given another role. Each refusal is a 409 that appends nothing and leaves every session and token working.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 60_000);
afterAll(() => app.close());

const PASSWORD = 'a long and quiet river 42';
const userStream = (id: string) => app.events.readStream(`user-${id}`);

/** Invites an admin, who sets a password and signs in: their id and requests with their session. */
async function admin(email: string) {
  const bootstrap = { id: app.adminId, name: 'bootstrap admin', role: 'admin' as const, organizationId: null };
  const { id, link } = await app.app.get(UserAccess).invite({ email, displayName: `Admin ${email}`, role: 'admin' }, envelopeFor(bootstrap), { send: false });
  expect(
    (
      await app
        .as(null)
        .post('/auth/password')
        .send({ token: new URL(link).searchParams.get('token'), password: PASSWORD })
    ).status,
  ).toBe(200);
  return { id, ...(await signIn(email)) };
}

/** A session of the person with this e-mail (signing in again after one ended). */
async function signIn(email: string) {
  const signedIn = await app.as(null).post('/auth/login').send({ email, password: PASSWORD });
  expect(signedIn.status).toBe(200);
  const cookie = (signedIn.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('apm_session='))!.split(';')[0];
  const csrf = signedIn.body.csrfToken as string;
  return {
    post: (path: string, body: object) => app.as(null).post(path).set('Cookie', cookie).set('X-CSRF-Token', csrf).send(body),
    me: () => app.as(null).get('/auth/me').set('Cookie', cookie),
  };
}

/** The refusal and proof that nothing was appended. */
async function refused(send: () => Promise<{ status: number; body: { code?: string; field?: string } }>, code: string) {
  const before = (await app.allEvents()).length;
  const response = await send();
  expect({ status: response.status, code: response.body.code, field: response.body.field }).toEqual({ status: 409, code, field: undefined });
  expect((await app.allEvents()).length).toBe(before);
}

describe('the bootstrap admin alone', () => {
  it('cannot disable itself: 409, nothing appended, and its tokens, those it issued with POST /tokens included, keep working', async () => {
    const org = await app.http.post('/organizations').send(anOrganization());
    const issued = await app.http.post('/tokens').send({ role: 'agency', organizationId: org.body.id, displayName: 'IOM focal point' });
    expect(issued.status).toBe(201);
    expect(issued.body.userId).toBe(BOOTSTRAP_ADMIN_USER_ID);

    await refused(() => app.http.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/disable`).send({ reason: 'trying' }), 'CANNOT_DISABLE_SELF');
    expect((await app.http.get('/users')).status).toBe(200);
    expect((await app.as(issued.body.token).get('/auth/me')).body).toMatchObject({ role: 'agency', via: 'token' });
    expect((await app.http.get(`/users/${BOOTSTRAP_ADMIN_USER_ID}`)).body.status).toBe('active');
  });

  it('is not given another role, nor disabled by any other caller, while it is the last admin', async () => {
    await refused(() => app.http.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/role`).send({ role: 'secretariat', reason: 'trying' }), 'LAST_ADMIN');
    // An admin token of no user (issued before users existed, not attributed yet) acts as nobody's user.
    const ownerless = await app.token('admin');
    await refused(() => app.as(ownerless.token).post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/disable`).send({ reason: 'trying' }), 'LAST_ADMIN');
    // The command line goes through the same service.
    const before = (await app.allEvents()).length;
    await expect(
      app.app
        .get(UserAccess)
        .disable(BOOTSTRAP_ADMIN_USER_ID, 'from the CLI', envelopeFor({ id: 'cli', name: 'command line', role: 'system', organizationId: null })),
    ).rejects.toMatchObject({
      code: 'LAST_ADMIN',
    });
    expect((await app.allEvents()).length).toBe(before);
    // An admin who has not accepted the invitation yet cannot act: the bootstrap admin is still the last one.
    const invited = await app.http.post('/users').send({ email: 'not-yet@example.org', displayName: 'Not yet', role: 'admin' });
    expect(invited.status).toBe(201);
    await refused(() => app.http.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/role`).send({ role: 'commission', reason: 'trying' }), 'LAST_ADMIN');
    expect((await app.http.post(`/users/${invited.body.id}/disable`).send({ reason: 'never came' })).status).toBe(200);
  });
});

describe('two admins', () => {
  it('each may disable or demote the other, never themselves, and the one left is kept', async () => {
    const second = await admin('second.admin@example.org');
    // The bootstrap admin disables and enables the second admin.
    expect((await app.http.post(`/users/${second.id}/disable`).send({ reason: 'on leave' })).status).toBe(200);
    expect((await second.me()).status).toBe(401);
    expect((await app.http.post(`/users/${second.id}/enable`).send({ reason: 'back' })).status).toBe(200);
    const again = await signIn('second.admin@example.org');
    await refused(() => again.post(`/users/${second.id}/disable`, { reason: 'leaving' }), 'CANNOT_DISABLE_SELF');

    // The second admin demotes the bootstrap admin, whose token then stops; the second admin is now the last one.
    expect((await again.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/role`, { role: 'commission', reason: 'handed over' })).status).toBe(200);
    expect((await app.http.get('/users')).status).toBe(401);
    await refused(() => again.post(`/users/${second.id}/role`, { role: 'secretariat', reason: 'stepping down' }), 'LAST_ADMIN');
    // Given the admin role back, the bootstrap token works again.
    expect((await again.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/role`, { role: 'admin', reason: 'back' })).status).toBe(200);
    expect((await app.http.get('/users')).status).toBe(200);
    const types = (await userStream(BOOTSTRAP_ADMIN_USER_ID)).map((e) => e.type).filter((t) => t !== 'AccessTokenIssued');
    expect(types).toEqual(['ServiceUserRegistered', 'UserRoleChanged', 'UserRoleChanged']);

    // With two admins, the second may step down; then the bootstrap admin is the last one again.
    expect((await again.post(`/users/${second.id}/role`, { role: 'secretariat', reason: 'stepping down' })).status).toBe(200);
    await refused(() => app.http.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/role`).send({ role: 'secretariat', reason: 'trying' }), 'LAST_ADMIN');
  });

  it('disabling each other at the same moment leaves one of them active', async () => {
    const third = await admin('third.admin@example.org');
    // Straight through the service, both past the HTTP guard before either decides (over HTTP the second
    // is often turned away as disabled before it gets this far).
    const users = app.app.get(UserAccess);
    const actor = (id: string) => envelopeFor({ id, name: id, role: 'admin', organizationId: null });
    const outcomes = await Promise.allSettled([
      users.disable(third.id, 'race', actor(BOOTSTRAP_ADMIN_USER_ID)),
      users.disable(BOOTSTRAP_ADMIN_USER_ID, 'race', actor(third.id)),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'LAST_ADMIN' } });
    const states = await Promise.all([BOOTSTRAP_ADMIN_USER_ID, third.id].map(async (id) => (await users.get(id)).status));
    expect(states.filter((s) => s === 'active')).toHaveLength(1);
    // Put back as it was: whoever won enables the other.
    if (outcomes[0].status === 'fulfilled') expect((await app.http.post(`/users/${third.id}/enable`).send({ reason: 'after the race' })).status).toBe(200);
    else expect((await third.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/enable`, { reason: 'after the race' })).status).toBe(200);
    expect((await app.http.get('/users')).status).toBe(200);
  });

  it('counts the bootstrap admin only while it holds an admin token that works', async () => {
    const fourth = await admin('fourth.admin@example.org');
    // Every other admin steps down but the fourth, which leaves it and the bootstrap admin.
    for (const user of (await app.http.get('/users')).body.items as { id: string; role: string; status: string }[]) {
      if (user.role === 'admin' && user.status === 'active' && user.id !== fourth.id && user.id !== BOOTSTRAP_ADMIN_USER_ID) {
        expect((await app.http.post(`/users/${user.id}/role`).send({ role: 'secretariat', reason: 'fewer admins' })).status).toBe(200);
      }
    }
    const tokens = (await app.http.get('/tokens')).body.items as { id: string; userId: string; role: string; revokedAt: string | null }[];
    const bootstrapToken = tokens.find((t) => t.userId === BOOTSTRAP_ADMIN_USER_ID && t.role === 'admin' && !t.revokedAt)!;
    // Once its token is revoked nobody can act as the bootstrap admin: the fourth admin is the last one.
    expect((await fourth.post(`/tokens/${bootstrapToken.id}/revoke`, { reason: 'a person administers now' })).status).toBe(200);
    await refused(() => fourth.post(`/users/${fourth.id}/role`, { role: 'secretariat', reason: 'stepping down' }), 'LAST_ADMIN');
    // Disabling the bootstrap admin, now a user nobody can act as, is allowed.
    expect((await fourth.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/disable`, { reason: 'its token is revoked' })).status).toBe(200);
  });
});
