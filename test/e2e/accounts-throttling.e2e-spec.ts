import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { linkTokenInOutbox } from '../support/smtp-inbox.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Sign-in throttling per e-mail and per address, the admin's unlock, the .eml outbox of the embedded
 * default (no SMTP_URL), and the Secure cookie behind a TLS-terminating proxy.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'apm-outbox-'));
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ DATA_DIR: dataDir, LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_ADDRESS: '8', LOGIN_LOCK_MINUTES: '10', TRUST_PROXY: '1' });
}, 60_000);
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const PASSWORD = 'a long and quiet river 42';
const outbox = join(dataDir, 'outbox');

async function onboard(email: string, forwardedFor = '10.0.0.1') {
  const invited = await app.http.post('/users').send({ email, displayName: 'Тест', role: 'commission', language: 'tg' });
  expect(invited.status).toBe(201);
  const set = await app.as(null).post('/auth/password').set('X-Forwarded-For', forwardedFor).send({ token: await linkTokenInOutbox(outbox, email), password: PASSWORD });
  expect(set.status).toBe(200);
  return invited.body.id as string;
}

const login = (email: string, password: string, from: string) => app.as(null).post('/auth/login').set('X-Forwarded-For', from).send({ email, password });

describe('the .eml outbox without SMTP_URL', () => {
  it('writes each message as a file under DATA_DIR/outbox, plain text and HTML, in the user language', async () => {
    await onboard('outbox@example.org');
    const [file] = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
    const text = readFileSync(join(outbox, file), 'utf8');
    expect(text).toContain('To: outbox@example.org');
    expect(text).toMatch(/Content-Type: text\/plain/);
    expect(text).toMatch(/Content-Type: text\/html/);
    const mail = await simpleParser(readFileSync(join(outbox, file)));
    expect(mail.subject).toBe('Даъват ба низоми мониторинги нақшаи амал');
    expect(mail.text).toContain('Пайванд як маротиба ва дар давоми 72 соат амал мекунад.');
    expect(mail.html).toContain('/app/password?token=');
  });
});

describe('throttling', () => {
  it('locks an e-mail after too many failures (429 with Retry-After), even for the right password, until an admin unlocks it', async () => {
    const id = await onboard('locked@example.org');
    for (let i = 0; i < 3; i++) expect((await login('locked@example.org', 'wrong password here', `10.0.1.${i}`)).status).toBe(401);
    const locked = await login('locked@example.org', PASSWORD, '10.0.1.9');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(500);
    // An unknown e-mail is throttled exactly alike: the lock says nothing about who has an account.
    for (let i = 0; i < 3; i++) await login('ghost@example.org', 'wrong password here', `10.0.2.${i}`);
    expect((await login('ghost@example.org', 'wrong password here', '10.0.2.9')).status).toBe(429);

    // The admin's list says who is locked and until when: about Retry-After from now.
    const lockedUntil = (await app.http.get(`/users/${id}`)).body.lockedUntil as string;
    expect(Math.abs(Date.parse(lockedUntil) - Date.now() - Number(locked.headers['retry-after']) * 1000)).toBeLessThan(60_000);
    expect((await app.http.get('/users')).body.items.find((u: { id: string }) => u.id === id).lockedUntil).toBe(lockedUntil);

    expect((await app.http.post(`/users/${id}/unlock`)).status).toBe(200);
    expect((await app.http.get(`/users/${id}`)).body.lockedUntil).toBeNull();
    expect((await login('locked@example.org', PASSWORD, '10.0.1.9')).status).toBe(200);
  });

  it('locks an address after too many failures across e-mails', async () => {
    for (let i = 0; i < 8; i++) await login(`someone${i}@example.org`, 'wrong password here', '10.0.3.1');
    const response = await login('outbox@example.org', PASSWORD, '10.0.3.1');
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBeDefined();
    expect((await login('outbox@example.org', PASSWORD, '10.0.3.2')).status).toBe(200);
  });

  it('throttles reset requests per e-mail, apart from sign-in: anyone asking for resets does not lock the person out', async () => {
    await onboard('reset-spam@example.org');
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await app.as(null).post('/auth/password-reset').set('X-Forwarded-For', `10.0.4.${i}`).send({ email: 'reset-spam@example.org' })).status);
    expect(answers).toEqual([202, 202, 202, 429]);
    expect((await login('reset-spam@example.org', PASSWORD, '10.0.4.9')).status).toBe(200);
  });
});

describe('behind a TLS-terminating proxy (TRUST_PROXY=1)', () => {
  it('marks the session cookie Secure when the proxy says the request came over https', async () => {
    await onboard('tls@example.org');
    const response = await app.as(null).post('/auth/login').set('X-Forwarded-Proto', 'https').set('X-Forwarded-For', '10.0.5.1').send({ email: 'tls@example.org', password: PASSWORD });
    expect(response.status).toBe(200);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('apm_session='));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});
