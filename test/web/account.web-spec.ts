import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/**
 * A focal point's own account: who the service knows them as, a new password by a link to their own
 * e-mail, and a token for their script, whose secret is shown once, which acts as them, and which
 * stops working once revoked.
 */
test('an agency focal point makes a token for a script on My account, uses it, and revokes it', async ({ page, request }) => {
  await signIn(page, 'agency');
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'My account' }).click();
  await expect(page.getByRole('heading', { name: 'My account', level: 1 })).toBeVisible();
  await expect(page.getByText('focal.point@ms.example.tj', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Agency · .+ \(MS\)$/)).toBeVisible();
  await expect(page.getByText('No token yet.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('What it is for').fill('monthly upload script');
  await page.getByRole('button', { name: 'Make a token' }).click();
  const made = page.getByRole('status').filter({ hasText: 'Your new token' });
  await expect(made).toBeVisible();
  const secret = (await made.locator('code').textContent())!.trim();
  expect(secret.length).toBeGreaterThan(20);
  await expect(page.getByRole('row', { name: /monthly upload script/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/web/account.png', fullPage: true });

  // The token acts as the person, with their role, from a script (a client of its own, no session cookie).
  const asScript = () => request.get(`${base()}/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
  const me = await asScript();
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ role: 'agency', via: 'token', user: { email: 'focal.point@ms.example.tj' } });

  await page.getByRole('button', { name: 'Revoke monthly upload script' }).click();
  await expect(page.getByRole('row', { name: /monthly upload script/ })).toContainText('Revoked');
  expect((await asScript()).status()).toBe(401);

  // A new password: a link to the person's own e-mail, as for a forgotten one.
  await page.getByRole('button', { name: 'Send me the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The link is on its way to focal.point@ms.example.tj' })).toBeVisible();
});
