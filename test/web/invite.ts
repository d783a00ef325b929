import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { INVITED } from './people.js';

/** A signed-in admin's calls: the session cookie, the CSRF token and the origin a browser would send. */
async function adminSession(base: string, email: string, password: string) {
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`admin login: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return (path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, origin: base, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/** The set-password link of the invitation mailed to `email` (the embedded default writes mail to DATA_DIR/outbox), decoded as a mail client would. */
export async function mailedLink(dataDir: string, email: string): Promise<string> {
  const outbox = join(dataDir, 'outbox');
  for (const file of readdirSync(outbox).sort().reverse()) {
    const message = await simpleParser(readFileSync(join(outbox, file)));
    if (!message.to || !JSON.stringify(message.to).includes(email)) continue;
    const link = /https?:\/\/\S+\/app\/password\?token=[\w-]+/.exec(message.text ?? '');
    if (link) return link[0];
  }
  throw new Error(`no invitation mailed to ${email}`);
}

/** Invites the agency and donor people as an admin would (POST /users), and sets their passwords through the mailed link. */
export async function inviteThroughApi(base: string, dataDir: string, admin: { email: string; password: string }): Promise<void> {
  const call = await adminSession(base, admin.email, admin.password);
  const organizations = (await (await call('/organizations?pageSize=200')).json()) as { items: { id: string; acronym: string }[] };
  for (const person of INVITED) {
    const organizationId = organizations.items.find((o) => o.acronym === person.acronym)?.id;
    if (!organizationId) throw new Error(`no organisation ${person.acronym} in the demo data`);
    const invited = await call('/users', { email: person.email, displayName: person.name, role: person.role, organizationId, language: 'language' in person ? person.language : 'en' });
    if (!invited.ok) throw new Error(`inviting ${person.email}: ${invited.status} ${await invited.text()}`);
    const token = new URL(await mailedLink(dataDir, person.email)).searchParams.get('token');
    const set = await fetch(`${base}/auth/password`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ token, password: person.password }) });
    if (!set.ok) throw new Error(`password of ${person.email}: ${set.status} ${await set.text()}`);
  }
}
