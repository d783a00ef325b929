import { expect, test, type Page } from '@playwright/test';
import { mailedLink } from './invite.js';
import { base, choose, dataDir, expectAccessible, signIn } from './support.js';

const EMAIL = 'malika.desk@example.org';
const PASSWORD = 'a slow river under the Pamir 2026';

/** The link of the newest mail to EMAIL, opened at the test service (the mail names PUBLIC_URL, the same host). */
async function openMailedLink(page: Page): Promise<string> {
  const link = new URL(await mailedLink(dataDir(), EMAIL));
  await page.goto(`${base()}${link.pathname}${link.search}`);
  return `${base()}${link.pathname}${link.search}`;
}

/**
 * An invited person follows the link in their mail to the web application, chooses a password (twice,
 * not a common one) and is signed in with it; later, having forgotten it, asks for a reset link from the
 * sign-in page and chooses another. A used link says it can no longer be used and what to do instead.
 */
test('an invited person sets a password from the mailed link and is signed in; a forgotten password is reset from the sign-in page', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByLabel('E-mail').fill(EMAIL);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Malika Desk');
  await choose(page, 'Role', 'Secretariat');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByText(`An invitation was sent to ${EMAIL}.`)).toBeVisible();

  // The invited person, in a browser of their own (nobody signed in there).
  const context = await browser.newContext();
  const invited = await context.newPage();
  const invitation = await openMailedLink(invited);
  await expect(invited.getByRole('heading', { name: 'Welcome, Malika Desk', level: 1 })).toBeVisible();
  await expect(invited.getByText(`Choose a password to activate your account (${EMAIL}).`)).toBeVisible();
  await expectAccessible(invited);
  await invited.getByLabel('New password').fill(PASSWORD);
  await invited.getByLabel('Repeat the password').fill(`${PASSWORD}!`);
  await invited.getByRole('button', { name: 'Set the password' }).click();
  await expect(invited.getByText('The two passwords differ.')).toBeVisible();
  await invited.screenshot({ path: 'test-results/web/password.png' });
  // A common password: refused by the API, said beside the field.
  await invited.getByLabel('New password').fill('password1234');
  await invited.getByLabel('Repeat the password').fill('password1234');
  await invited.getByRole('button', { name: 'Set the password' }).click();
  await expect(invited.getByText(/^Too easy to guess/)).toBeVisible();
  await expect(invited.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');
  await invited.getByLabel('New password').fill(PASSWORD);
  await invited.getByLabel('Repeat the password').fill(PASSWORD);
  await invited.getByRole('button', { name: 'Set the password' }).click();
  await expect(invited.getByRole('navigation', { name: 'main' })).toBeVisible();
  await expect(invited.getByText('Malika Desk · Secretariat')).toBeVisible();

  // Used once, the link says so and what to do instead.
  await invited.getByRole('button', { name: 'Sign out' }).first().click();
  await invited.goto(invitation);
  await expect(invited.getByRole('alert')).toContainText('This link can no longer be used');
  await invited.getByRole('link', { name: 'Go to the sign-in page' }).click();

  // Forgotten: the sign-in page sends a reset link, the same answer whoever asks.
  await invited.getByRole('button', { name: 'Forgot your password?' }).click();
  await invited.getByRole('region', { name: 'Forgot your password?' }).getByLabel('E-mail').fill(EMAIL);
  await invited.getByRole('button', { name: 'Send the link' }).click();
  await expect(invited.getByRole('status')).toContainText('If an active account has this e-mail');
  await expectAccessible(invited);
  await openMailedLink(invited);
  await expect(invited.getByRole('heading', { name: 'Choose a new password', level: 1 })).toBeVisible();
  await invited.getByLabel('New password').fill(`${PASSWORD} again`);
  await invited.getByLabel('Repeat the password').fill(`${PASSWORD} again`);
  await invited.getByRole('button', { name: 'Set the password' }).click();
  await expect(invited.getByText('Malika Desk · Secretariat')).toBeVisible();
  await context.close();
});
