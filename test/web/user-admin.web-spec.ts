import { expect, test } from '@playwright/test';
import { mailedLink } from './invite.js';
import { base, choose, dataDir, expectAccessible, signIn } from './support.js';

const PASSWORD = 'a quiet valley above Khujand 2026';

interface Organization {
  id: string;
  acronym: string;
}

/**
 * An admin helps a focal point from the Administration page: locked out after failed sign-ins (for real,
 * over the API, as a person at the sign-in page would be), they are let back in; having changed ministry,
 * they are moved to it; their script gets an access token, a past expiry refused beside its field first.
 */
test('an admin unlocks a focal point locked out by failed sign-ins, moves them to another ministry and makes a token for their script', async ({ page }) => {
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const organizations = (await get('/organizations?pageSize=200')).items as Organization[];
  const ms = organizations.find((o) => o.acronym === 'MS')!;
  const mfa = organizations.find((o) => o.acronym === 'MFA')!;
  const run = Math.random().toString(36).slice(2, 7);
  const email = `farrukh.${run}@ms.example.tj`;
  const name = `Farrukh Nazarov ${run}`;
  const invited = await page.request.post(`${base()}/users`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: { email, displayName: name, role: 'agency', organizationId: ms.id, language: 'en' },
  });
  expect(invited.status()).toBe(201);
  const { id } = (await invited.json()) as { id: string };
  // The person sets their password from the mailed link, in a client of their own (no cookie of the admin's).
  const link = new URL(await mailedLink(dataDir(), email)).searchParams.get('token');
  const set = await fetch(`${base()}/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base() },
    body: JSON.stringify({ token: link, password: PASSWORD }),
  });
  expect(set.status).toBe(200);

  // Locked out for real: five wrong passwords (the service's default limit), then even the right one is refused.
  const signInAs = (password: string) =>
    fetch(`${base()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base() },
      body: JSON.stringify({ email, password }),
    });
  for (let i = 0; i < 5; i++) expect((await signInAs('not the right passphrase at all')).status).toBe(401);
  const locked = await signInAs(PASSWORD);
  expect(locked.status).toBe(429);
  expect(((await locked.json()) as { code: string }).code).toBe('TOO_MANY_ATTEMPTS');

  await page.goto(`${base()}/app/admin/users`);
  await expect(page.getByRole('heading', { name: 'Administration', level: 1 })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('MS');
  // The row says until when (the API's lockedUntil), and offers "Unlock" only to a locked person.
  await expect(row).toContainText('Locked until');
  const listed = ((await get('/users')).items as { email: string; lockedUntil: string | null }[]).find((u) => u.email === email)!;
  expect(Date.parse(listed.lockedUntil!)).toBeGreaterThan(Date.now());
  await expect(page.getByRole('button', { name: /^Unlock / })).toHaveCount(1);
  await expectAccessible(page);

  // Unlocked: the person signs in again at once with the right password; the row no longer says locked.
  await row.getByRole('button', { name: `Unlock ${name}` }).click();
  await expect(row).not.toContainText('Locked until');
  await expect(row.getByRole('button', { name: `Unlock ${name}` })).toHaveCount(0);
  expect((await signInAs(PASSWORD)).status).toBe(200);

  // Moved to the Ministry of Foreign Affairs, with a reason.
  await row.getByRole('button', { name: `Move to another organisation: ${name}` }).click();
  const move = page.getByRole('dialog');
  await expect(move.getByText(/Only agency and donor accounts have an organisation/)).toBeVisible();
  await choose(page, 'New organisation', /^MFA · /, move);
  await move.getByLabel('Reason').fill('moved to the Ministry of Foreign Affairs');
  await move.getByRole('button', { name: 'Move to this organisation' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText('MFA');
  expect(await get(`/users/${id}`)).toMatchObject({ role: 'agency', organizationId: mfa.id, status: 'active' });

  // A token for their script: an expiry already past is refused beside the field; then made, its secret shown once.
  await row.getByRole('button', { name: `Make an access token for ${name}` }).click();
  const tokenDialog = page.getByRole('dialog');
  await tokenDialog.getByLabel('What it is for').fill(`quarterly export ${run}`);
  await tokenDialog.getByLabel('Expires on (optional)').fill('2020-01-01');
  await tokenDialog.getByRole('button', { name: 'Make the token' }).click();
  await expect(tokenDialog.getByLabel('Expires on (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(tokenDialog.getByText(/expiresAt must be a moment still to come/).first()).toBeVisible();
  await tokenDialog.getByLabel('Expires on (optional)').fill('2099-12-31');
  await tokenDialog.getByRole('button', { name: 'Make the token' }).click();
  const made = tokenDialog.getByRole('status').filter({ hasText: 'The new token' });
  await expect(made).toBeVisible();
  const secret = (await made.locator('code').textContent())!.trim();
  expect(secret).toMatch(/^apm_/);
  await expectAccessible(page);

  // The token acts as the person, with their role and new organisation.
  const asScript = await fetch(`${base()}/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
  expect(asScript.status).toBe(200);
  expect(await asScript.json()).toMatchObject({ role: 'agency', organizationId: mfa.id, via: 'token', user: { id, email } });

  await tokenDialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(`quarterly export ${run}`) })).toContainText('2099-12-31');
  const tokens = (await get('/tokens')).items as {
    displayName: string;
    userId: string | null;
    role: string;
    organizationId: string | null;
    expiresAt: string | null;
  }[];
  expect(tokens.find((t) => t.displayName === `quarterly export ${run}`)).toMatchObject({
    userId: id,
    role: 'agency',
    organizationId: mfa.id,
    expiresAt: '2099-12-31T00:00:00.000Z',
  });

  // Two admins at once: while this one is about to disable the person, another moves them back (over the API).
  // The disabling, based on what the page read, is refused as a change meanwhile; reloaded, it goes through.
  await row.getByRole('button', { name: `Change access of ${name}` }).click();
  const access = page.getByRole('dialog', { name: `Change access of ${name}` });
  await choose(page, 'What to change', 'Disable', access);
  await access.getByLabel('Reason').fill('left the ministry');
  const moved = await page.request.post(`${base()}/users/${id}/organization`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: { organizationId: ms.id, reason: 'the move was a mistake' },
  });
  expect(moved.status()).toBe(200);
  await access.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('dialog', { name: 'Someone else changed this record' })).toBeVisible();
  expect(await get(`/users/${id}`)).toMatchObject({ status: 'active', organizationId: ms.id });
  await page.getByRole('button', { name: 'Reload the record' }).click();
  await expect(access.getByLabel('Reason')).toHaveValue('left the ministry');
  await access.getByRole('button', { name: 'Disable' }).click();
  await expect(access).toHaveCount(0);
  await expect(row).toContainText('Disabled');
  await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
  await expectAccessible(page);
  expect(await get(`/users/${id}`)).toMatchObject({ status: 'disabled', organizationId: ms.id });
});

/** An integration's token: made on the tokens card with a role and, for an agency, its organisation (refused beside the field without one). */
test('an admin makes an access token for an integration on the tokens card, its organisation asked for an agency’s role', async ({ page }) => {
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const admin = (await get('/auth/me')) as { user: { id: string } };
  const iom = ((await get('/organizations?pageSize=200')).items as Organization[]).find((o) => o.acronym === 'IOM')!;
  const run = Math.random().toString(36).slice(2, 7);
  const name = `IOM reporting integration ${run}`;

  await page.goto(`${base()}/app/admin/users`);
  const card = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Access tokens', exact: true }) });
  await card.getByRole('button', { name: 'Make an access token for an integration' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/it has no expiry, so revoke it when the integration ends/)).toBeVisible();
  await choose(page, 'Role', 'Agency', dialog);
  await dialog.getByLabel('What it is for').fill(name);
  // An agency's token names its organisation: the API says so beside the field, and nothing is made.
  await dialog.getByRole('button', { name: 'Make the token' }).click();
  await expect(
    dialog
      .getByRole('textbox', { name: 'Organisation', exact: true })
      .or(dialog.getByRole('combobox', { name: 'Organisation', exact: true }))
      .first(),
  ).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/must name its organization/).first()).toBeVisible();
  await choose(page, 'Organisation', /^IOM · /, dialog);
  await dialog.getByRole('button', { name: 'Make the token' }).click();
  const made = dialog.getByRole('status').filter({ hasText: 'The new token' });
  await expect(made).toBeVisible();
  const secret = (await made.locator('code').textContent())!.trim();
  await expectAccessible(page);

  // It acts with the role and organisation chosen, and belongs to the admin who made it.
  const asScript = await fetch(`${base()}/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
  expect(asScript.status).toBe(200);
  expect(await asScript.json()).toMatchObject({ role: 'agency', organizationId: iom.id, via: 'token', user: { id: admin.user.id } });

  await dialog.getByRole('button', { name: 'Close' }).click();
  const row = card.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Agency');
  const tokens = (await get('/tokens')).items as {
    displayName: string;
    userId: string | null;
    role: string;
    organizationId: string | null;
    expiresAt: string | null;
  }[];
  expect(tokens.filter((t) => t.displayName === name)).toEqual([
    expect.objectContaining({ userId: admin.user.id, role: 'agency', organizationId: iom.id, expiresAt: null }),
  ]);

  // Revoked from the same card, it stops at once.
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row).toContainText('Revoked');
  expect((await fetch(`${base()}/auth/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
});
