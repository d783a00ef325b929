import { DataSource } from 'typeorm';
import { BOOTSTRAP_ADMIN_USER_ID } from '#application';
import { anOrganization, aPlan } from '../support/builders.js';
import { projected } from '../support/scenario.js';
import { linkIn, startSmtpInbox } from '../support/smtp-inbox.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * People sign in: invitation by e-mail through a real SMTP server, the link followed, a password set,
 * a session cookie used for a write (with its CSRF token), logout; and what ends a session.
 */
const inbox = await startSmtpInbox();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL: 'http://monitor.test' });
}, 60_000);
afterAll(async () => {
  await app.close();
  await inbox.close();
});

const PASSWORD = 'a long and quiet river 42';
const cookieOf = (response: { headers: Record<string, unknown> }) => {
  const cookies = response.headers['set-cookie'] as string[] | undefined;
  const cookie = cookies?.find((c) => c.startsWith('apm_session='));
  if (!cookie) throw new Error('no session cookie set');
  return cookie.split(';')[0];
};

/** Invites over HTTP, follows the mailed link, sets the password; the new user's id. */
async function onboard(email: string, role: string, extra: Record<string, unknown> = {}) {
  const invited = await app.http.post('/users').send({ email, displayName: `Person ${email}`, role, ...extra });
  expect(invited.status).toBe(201);
  const mail = await inbox.messageTo(email);
  const link = new URL(linkIn(mail));
  const token = link.searchParams.get('token')!;
  const set = await app.as(null).post('/auth/password').send({ token, password: PASSWORD });
  expect(set.status).toBe(200);
  return { id: invited.body.id as string, token, mail };
}

async function login(email: string, password = PASSWORD, cookie?: string) {
  const request = app.as(null).post('/auth/login').send({ email, password });
  return cookie ? request.set('Cookie', cookie) : request;
}

describe('invitation → mail → link → password → login → write → logout', () => {
  it('runs end to end with a real SMTP server, and the events name the person', async () => {
    const invited = await app.http.post('/users').send({ email: 'Clerk@Example.org', displayName: 'Dilnoza Karimova', role: 'secretariat', language: 'ru', reason: 'new desk officer' });
    expect(invited.status).toBe(201);
    const mail = await inbox.messageTo('clerk@example.org');
    expect(mail.subject).toBe('Приглашение в систему мониторинга плана действий');
    expect(mail.html).toContain('<a href="http://monitor.test/app/password?token=');
    const link = linkIn(mail);
    expect(link.startsWith('http://monitor.test/app/password?token=')).toBe(true);

    // The link is the web application's page, which asks the API what the link is for. A link mailed before
    // (to the API's own route) sends a browser on to that page; a client asking for JSON still gets the answer.
    const url = new URL(link);
    expect(url.pathname).toBe('/app/password');
    const token = url.searchParams.get('token')!;
    const browsed = await app.as(null).get('/auth/password').query({ token }).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect({ status: browsed.status, location: browsed.headers.location }).toEqual({ status: 302, location: `/app/password?token=${token}` });
    // One token of at most 200 characters names a link; twice over, or longer, names none (and is not echoed back).
    const doubled = await app.as(null).get(`/auth/password?token=${token}&token=//elsewhere.example`).set('Accept', 'text/html');
    expect(doubled.headers.location).toBe('/app/password?token=');
    expect((await app.as(null).get('/auth/password').query({ token: 'x'.repeat(5000) })).body.code).toBe('LINK_UNKNOWN');
    const described = await app.as(null).get('/auth/password').query({ token }).set('Accept', 'application/json');
    expect(described.body).toMatchObject({ purpose: 'invitation', email: 'clerk@example.org', displayName: 'Dilnoza Karimova' });
    const weak = await app.as(null).post('/auth/password').send({ token, password: 'password1234' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD', fields: [{ field: 'password' }] });
    const short = await app.as(null).post('/auth/password').send({ token, password: 'short' });
    expect(short.body.code).toBe('WEAK_PASSWORD');
    // Only spaces, one character repeated, the e-mail with a digit: each refused, saying why.
    for (const [password, why] of [[' '.repeat(12), /only spaces/], ['aaaaaaaaaaaa', /5 different characters/], ['Clerk@example.org1', /e-mail address/]] as const) {
      const refused = await app.as(null).post('/auth/password').send({ token, password });
      expect({ status: refused.status, code: refused.body.code, fields: refused.body.fields }).toEqual({ status: 400, code: 'WEAK_PASSWORD', fields: [{ field: 'password', messages: [expect.stringMatching(why)] }] });
    }
    expect((await app.as(null).post('/auth/password').send({ token, password: PASSWORD })).status).toBe(200);
    // Single use.
    const reused = await app.as(null).post('/auth/password').send({ token, password: PASSWORD + 'x' });
    expect({ status: reused.status, code: reused.body.code }).toEqual({ status: 410, code: 'LINK_USED' });

    const signedIn = await login('clerk@example.org');
    expect(signedIn.status).toBe(200);
    const setCookie = (signedIn.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('apm_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain HTTP here; see the TLS test below
    const cookie = cookieOf(signedIn);
    const csrf = signedIn.body.csrfToken as string;
    expect(signedIn.body.user).toMatchObject({ id: invited.body.id, role: 'secretariat', language: 'ru', status: 'active' });

    const me = await app.as(null).get('/auth/me').set('Cookie', cookie);
    expect(me.body).toMatchObject({ user: { email: 'clerk@example.org' }, role: 'secretariat', language: 'ru', via: 'session', csrfToken: csrf });

    const written = await app.as(null).post('/organizations').set('Cookie', cookie).set('X-CSRF-Token', csrf).send(anOrganization());
    expect(written.status).toBe(201);
    const [event] = await app.events.readStream(`organization-${written.body.id}`);
    expect(event.metadata).toMatchObject({ actor: { id: invited.body.id, name: 'Dilnoza Karimova' }, role: 'secretariat', organizationId: null });

    expect((await app.as(null).post('/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', csrf)).status).toBe(204);
    const after = await app.as(null).get('/auth/me').set('Cookie', cookie);
    expect({ status: after.status, code: after.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });

    // Every access change is in the user's stream, with actor and reason, in /audit and verified.
    const history = await app.events.readStream(`user-${invited.body.id}`);
    expect(history.map((e) => e.type)).toEqual(['UserInvited', 'InvitationAccepted']);
    expect(history[0].metadata).toMatchObject({ actor: { id: app.adminId }, role: 'admin' });
    expect(history[0].data).toMatchObject({ reason: 'new desk officer' });
    expect(JSON.stringify(history)).not.toContain(token);
    const verify = await app.http.get('/audit/verify');
    expect(verify.body).toMatchObject({ ok: true });
    await projected(app, written.body.position);
    const audited = await app.http.get('/audit').query({ stream: `user-${invited.body.id}` });
    expect(audited.body.items.map((e: { type: string }) => e.type)).toEqual(['UserInvited', 'InvitationAccepted']);
    const byPerson = await app.http.get('/audit').query({ actor: invited.body.id });
    expect(byPerson.body.items.map((e: { type: string }) => e.type)).toEqual(['InvitationAccepted', 'OrganizationRegistered']);
  });
});

describe('refusals', () => {
  it('answers a wrong e-mail and a wrong password alike', async () => {
    await onboard('same@example.org', 'commission');
    const wrongPassword = await login('same@example.org', 'not the right password');
    const wrongEmail = await login('nobody@example.org', 'not the right password');
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body).toEqual(wrongEmail.body);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a write with a cookie but without the CSRF token, or from another site', async () => {
    await onboard('csrf@example.org', 'secretariat');
    const signedIn = await login('csrf@example.org');
    const cookie = cookieOf(signedIn);
    const before = (await app.allEvents()).length;
    const missing = await app.as(null).post('/plans').set('Cookie', cookie).send(aPlan());
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 403, code: 'CSRF_TOKEN_MISSING' });
    const wrong = await app.as(null).post('/plans').set('Cookie', cookie).set('X-CSRF-Token', 'x'.repeat(43)).send(aPlan());
    expect({ status: wrong.status, code: wrong.body.code }).toEqual({ status: 403, code: 'CSRF_TOKEN_INVALID' });
    const crossSite = await app.as(null).post('/plans').set('Cookie', cookie).set('X-CSRF-Token', signedIn.body.csrfToken).set('Origin', 'https://evil.example').send(aPlan());
    expect({ status: crossSite.status, code: crossSite.body.code }).toEqual({ status: 403, code: 'CROSS_SITE_REQUEST' });
    expect((await app.allEvents()).length).toBe(before);
    // Reads need no token; bearer writes need none either.
    expect((await app.as(null).get('/auth/me').set('Cookie', cookie)).status).toBe(200);
  });

  it('never keeps a session id chosen before login (fixation)', async () => {
    await onboard('fixation@example.org', 'commission');
    const planted = 'apm_session=' + 'A'.repeat(43);
    const signedIn = await login('fixation@example.org', PASSWORD, planted);
    const cookie = cookieOf(signedIn);
    expect(cookie).not.toBe(planted);
    expect((await app.as(null).get('/auth/me').set('Cookie', planted)).status).toBe(401);
    expect((await app.as(null).get('/auth/me').set('Cookie', cookie)).status).toBe(200);
    // A second login with a live session cookie ends that session: the id rotates.
    const again = await login('fixation@example.org', PASSWORD, cookie);
    expect(cookieOf(again)).not.toBe(cookie);
    expect((await app.as(null).get('/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('ends live sessions at once on a role change and on disabling; a disabled user cannot sign in', async () => {
    const { id } = await onboard('moved@example.org', 'secretariat');
    const first = cookieOf(await login('moved@example.org'));
    const changed = await app.http.post(`/users/${id}/role`).send({ role: 'commission', reason: 'joined the commission' });
    expect(changed.status).toBe(200);
    expect((await app.as(null).get('/auth/me').set('Cookie', first)).status).toBe(401);
    const second = cookieOf(await login('moved@example.org'));
    expect((await app.as(null).get('/auth/me').set('Cookie', second)).body.role).toBe('commission');
    expect((await app.http.post(`/users/${id}/disable`).send({ reason: 'left' })).status).toBe(200);
    expect((await app.as(null).get('/auth/me').set('Cookie', second)).status).toBe(401);
    const refused = await login('moved@example.org');
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'USER_DISABLED' });
    const types = (await app.events.readStream(`user-${id}`)).map((e) => e.type);
    expect(types).toEqual(['UserInvited', 'InvitationAccepted', 'UserRoleChanged', 'UserDisabled']);
  });

  it("reads a person with their record's revision as ETag: a change based on an older read is a 412 that records nothing", async () => {
    const { id } = await onboard('two-admins@example.org', 'secretariat');
    const read = await app.http.get(`/users/${id}`);
    expect({ status: read.status, revision: read.body.revision, etag: read.headers.etag }).toEqual({ status: 200, revision: 1, etag: '"1"' });
    expect((await app.http.get('/users')).body.items.find((u: { id: string }) => u.id === id).revision).toBe(1);
    // One admin changes the role on what they read; the other, on the same read, is told it changed meanwhile.
    const first = await app.http.post(`/users/${id}/role`).set('If-Match', '"1"').send({ role: 'commission', reason: 'joined the commission' });
    expect(first.status).toBe(200);
    const second = await app.http.post(`/users/${id}/disable`).set('If-Match', '"1"').send({ reason: 'left' });
    expect({ status: second.status, code: second.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
    expect((await app.events.readStream(`user-${id}`)).map((e) => e.type)).toEqual(['UserInvited', 'InvitationAccepted', 'UserRoleChanged']);
    expect((await app.http.get(`/users/${id}`)).headers.etag).toBe('"2"');
  });

  it('refuses an expired invitation link', async () => {
    const invited = await app.http.post('/users').send({ email: 'late@example.org', displayName: 'Late', role: 'commission' });
    const link = new URL(linkIn(await inbox.messageTo('late@example.org')));
    const { UserDirectory } = await import('#platform');
    await app.app.get(UserDirectory).expireLinksOf(invited.body.id, new Date(Date.now() - 1000));
    const response = await app.as(null).post('/auth/password').send({ token: link.searchParams.get('token'), password: PASSWORD });
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 410, code: 'LINK_EXPIRED' });
    expect((await app.events.readStream(`user-${invited.body.id}`)).map((e) => e.type)).toEqual(['UserInvited']);
  });

  it('re-sends an invitation: a new mailed link, the older one retired; refused once accepted', async () => {
    const invited = await app.http.post('/users').send({ email: 'resend@example.org', displayName: 'Resend', role: 'commission', language: 'tg' });
    const first = new URL(linkIn(await inbox.messageTo('resend@example.org'))).searchParams.get('token')!;
    const resent = await app.http.post(`/users/${invited.body.id}/invitation`).send({ reason: 'the first mail was lost' });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ id: invited.body.id, revision: 1 });
    const mail = await inbox.messageTo('resend@example.org');
    expect(mail.subject).toBe('Даъват ба низоми мониторинги нақшаи амал');
    const second = new URL(linkIn(mail)).searchParams.get('token')!;
    expect(second).not.toBe(first);
    const old = await app.as(null).post('/auth/password').send({ token: first, password: PASSWORD });
    expect({ status: old.status, code: old.body.code }).toEqual({ status: 410, code: 'LINK_USED' });
    expect((await app.as(null).post('/auth/password').send({ token: second, password: PASSWORD })).status).toBe(200);

    const accepted = await app.http.post(`/users/${invited.body.id}/invitation`).send({});
    expect({ status: accepted.status, code: accepted.body.code }).toEqual({ status: 409, code: 'INVITATION_ALREADY_ACCEPTED' });
    const service = await app.http.post(`/users/${BOOTSTRAP_ADMIN_USER_ID}/invitation`).send({});
    expect(service.body.code).toBe('INVITATION_ALREADY_ACCEPTED');
    expect((await app.http.post('/users/3f1e2d4c-1111-4222-8333-944455556666/invitation').send({})).status).toBe(404);
    const gone = await app.http.post('/users').send({ email: 'gone@example.org', displayName: 'Gone', role: 'commission' });
    await inbox.messageTo('gone@example.org');
    await app.http.post(`/users/${gone.body.id}/disable`).send({ reason: 'left before starting' });
    const disabled = await app.http.post(`/users/${gone.body.id}/invitation`).send({});
    expect({ status: disabled.status, code: disabled.body.code }).toEqual({ status: 409, code: 'USER_DISABLED' });
    const badReason = await app.http.post(`/users/${invited.body.id}/invitation`).send({ reason: 42 });
    expect({ status: badReason.status, field: badReason.body.fields?.[0]?.field }).toEqual({ status: 400, field: 'reason' });
    const stream = await app.events.readStream(`user-${invited.body.id}`);
    expect(stream.map((e) => e.type)).toEqual(['UserInvited', 'InvitationReissued', 'InvitationAccepted']);
    expect(stream[1]).toMatchObject({ data: { userId: invited.body.id, reason: 'the first mail was lost' }, metadata: { actor: { id: app.adminId }, role: 'admin' } });
    expect(JSON.stringify(stream)).not.toContain(second);
    expect((await app.http.get('/audit/verify')).body).toMatchObject({ ok: true });
  });

  it('resets a password by mail, ending every session; the answer is the same for an unknown e-mail', async () => {
    await onboard('forgot@example.org', 'commission');
    const live = cookieOf(await login('forgot@example.org'));
    const known = await app.as(null).post('/auth/password-reset').send({ email: 'forgot@example.org' });
    const unknown = await app.as(null).post('/auth/password-reset').send({ email: 'ghost@example.org' });
    expect(known.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    const link = new URL(linkIn(await inbox.messageTo('forgot@example.org')));
    expect((await app.as(null).get('/auth/password').query({ token: link.searchParams.get('token') })).body.purpose).toBe('reset');
    const reset = await app.as(null).post('/auth/password').send({ token: link.searchParams.get('token'), password: 'an entirely new passphrase' });
    expect(reset.status).toBe(200);
    expect((await app.as(null).get('/auth/me').set('Cookie', live)).status).toBe(401);
    expect((await login('forgot@example.org')).status).toBe(401);
    expect((await login('forgot@example.org', 'an entirely new passphrase')).status).toBe(200);
  });
});

describe('tokens belong to users', () => {
  it('attributes the bootstrap token to the bootstrap admin user, and records token grants and revocations', async () => {
    expect(app.adminId).toBe(BOOTSTRAP_ADMIN_USER_ID);
    const { id } = await onboard('script-owner@example.org', 'commission');
    const issued = await app.http.post(`/users/${id}/tokens`).send({ displayName: 'weekly export', reason: 'reporting script' });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ role: 'commission', userId: id });
    const tooMuch = await app.http.post(`/users/${id}/tokens`).send({ displayName: 'x', role: 'secretariat' });
    expect({ status: tooMuch.status, code: tooMuch.body.code }).toEqual({ status: 409, code: 'TOKEN_EXCEEDS_USER' });
    const listed = await app.http.get(`/users/${id}/tokens`);
    expect(listed.body.items.map((t: { id: string }) => t.id)).toEqual([issued.body.id]);
    // The token acts as its user; disabling the user stops the token too.
    const me = await app.as(issued.body.token).get('/auth/me');
    expect(me.body).toMatchObject({ user: { id }, role: 'commission', via: 'token' });
    expect((await app.http.post(`/tokens/${issued.body.id}/revoke`)).status).toBe(200);
    expect((await app.as(issued.body.token).get('/auth/me')).status).toBe(401);
    const stream = await app.events.readStream(`user-${id}`);
    expect(stream.map((e) => e.type)).toEqual(['UserInvited', 'InvitationAccepted', 'AccessTokenIssued', 'AccessTokenRevoked']);
    expect(stream[2].data).toMatchObject({ tokenId: issued.body.id, reason: 'reporting script' });
    expect(JSON.stringify(stream)).not.toContain(issued.body.token);
  });
});

describe('own tokens', () => {
  // On the Postgres event store Postgres announces an append to a user's stream to every process keeping
  // checked tokens, a few milliseconds after the commit. Unannounced here: a change made by this process is
  // judged at the next request all the same, its fold of the user having moved past the head kept.
  const userAppendsAnnounced = (on: boolean) =>
    app.config.EVENTSTORE_URL ? undefined : app.app.get(DataSource).query(`ALTER TABLE events ${on ? 'ENABLE' : 'DISABLE'} TRIGGER user_events_appended`);
  beforeAll(() => userAppendsAnnounced(false));
  afterAll(() => userAppendsAnnounced(true));

  it('lets anyone create, list and revoke tokens for themselves, never with more than their own role', async () => {
    const { id } = await onboard('own-tokens@example.org', 'agency', { organizationId: (await app.http.post('/organizations').send(anOrganization({ acronym: 'OWN', name: 'Own agency' }))).body.id });
    const signedIn = await login('own-tokens@example.org');
    const session = { cookie: cookieOf(signedIn), csrf: signedIn.body.csrfToken as string };
    const post = (path: string, body: object) => app.as(null).post(path).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send(body);

    const created = await post('/auth/tokens', { displayName: 'my script', expiresAt: '2099-01-01T00:00:00Z' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'agency', userId: id, expiresAt: '2099-01-01T00:00:00.000Z' });
    const more = await post('/auth/tokens', { displayName: 'more', role: 'secretariat' });
    expect({ status: more.status, code: more.body.code }).toEqual({ status: 409, code: 'TOKEN_EXCEEDS_USER' });
    const listed = await app.as(created.body.token).get('/auth/tokens');
    expect(listed.body.items.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
    // Someone else's token is not yours to revoke.
    const admins = await app.http.get('/tokens');
    const foreign = admins.body.items.find((t: { userId: string | null }) => t.userId !== id);
    expect((await post(`/auth/tokens/${foreign.id}/revoke`, {})).status).toBe(404);
    expect((await post(`/auth/tokens/${created.body.id}/revoke`, { reason: 'no longer needed' })).status).toBe(200);
    expect((await app.as(created.body.token).get('/auth/me')).status).toBe(401);
    const types = (await app.events.readStream(`user-${id}`)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['AccessTokenIssued', 'AccessTokenRevoked']);
  });

  it('a token narrower than its owner (a donor script token an admin made) manages no tokens; a blank name is a 400 that records nothing', async () => {
    const donor = (await app.http.post('/organizations').send(anOrganization({ acronym: 'NRW', name: 'Narrow donor', kind: 'donor', country: 'DE' }))).body.id;
    const script = await app.http.post('/tokens').send({ role: 'donor', organizationId: donor, displayName: 'donor script' });
    expect(script.status).toBe(201);
    const events = async () => (await app.allEvents()).length;
    const before = await events();
    const asScript = app.as(script.body.token as string);
    // Owned by the admin, it would otherwise have reached the admin's own rights: an admin token, the admin's tokens.
    for (const response of [
      await asScript.post('/auth/tokens').send({ displayName: 'escalate', role: 'admin' }),
      await asScript.post('/auth/tokens').send({ displayName: 'escalate' }),
      await asScript.get('/auth/tokens'),
      await asScript.post(`/auth/tokens/${script.body.id}/revoke`).send({}),
    ]) {
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'NARROWER_THAN_ITS_OWNER' });
    }
    expect((await asScript.get('/auth/me')).status).toBe(200);
    const { id } = await onboard('blank-token@example.org', 'secretariat');
    for (const blank of [app.http.post(`/users/${id}/tokens`).send({ displayName: '  ' }), app.http.post('/auth/tokens').send({ displayName: '\t' })]) {
      const refused = await blank;
      expect({ status: refused.status, fields: refused.body.fields.map((f: { field: string }) => f.field) }).toEqual({ status: 400, fields: ['displayName'] });
    }
    expect(await events()).toBe(before + (await app.events.readStream(`user-${id}`)).length);
  });

  it("refuses a user's token on the next request once the user holds a lesser role, or is disabled, without waiting for Postgres’s announcement", async () => {
    const { id } = await onboard('token-owner@example.org', 'secretariat');
    const use = (token: string) => app.as(token).get('/auth/me');
    const scripted = (await app.http.post(`/users/${id}/tokens`).send({ displayName: 'reporting script' })).body.token as string;
    // Used twice: on a Postgres server the second is answered from the check kept between requests.
    for (const _ of [1, 2]) expect((await use(scripted)).body).toMatchObject({ role: 'secretariat', via: 'token' });
    expect((await app.http.post(`/users/${id}/role`).send({ role: 'commission', reason: 'joined the commission' })).status).toBe(200);
    const lesser = await use(scripted);
    expect({ status: lesser.status, message: lesser.body.message }).toEqual({ status: 401, message: "the token's user is disabled or no longer holds the token's rights" });

    const commission = (await app.http.post(`/users/${id}/tokens`).send({ displayName: 'commission script' })).body.token as string;
    for (const _ of [1, 2]) expect((await use(commission)).body).toMatchObject({ role: 'commission' });
    expect((await app.http.post(`/users/${id}/disable`).send({ reason: 'left' })).status).toBe(200);
    expect((await use(commission)).status).toBe(401);
    expect((await app.http.post(`/users/${id}/enable`).send({ reason: 'back' })).status).toBe(200);
    expect((await use(commission)).body).toMatchObject({ role: 'commission', via: 'token' });
  });

  it('refuses an expired token', async () => {
    const { id } = await onboard('expiring@example.org', 'commission');
    // A token cannot be issued expired already: that is a mistake in the request.
    const expired = await app.http.post(`/users/${id}/tokens`).send({ displayName: 'expired', expiresAt: '2020-01-01T00:00:00Z' });
    expect(expired.status).toBe(400);
    expect(expired.body.fields.map((f: { field: string }) => f.field)).toEqual(['expiresAt']);
    const expiresAt = new Date(Date.now() + 4_000);
    const issued = await app.http.post(`/users/${id}/tokens`).send({ displayName: 'short-lived', expiresAt: expiresAt.toISOString() });
    expect(issued.status).toBe(201);
    expect((await app.as(issued.body.token).get('/auth/me')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 100));
    expect((await app.as(issued.body.token).get('/auth/me')).status).toBe(401);
  });
});
