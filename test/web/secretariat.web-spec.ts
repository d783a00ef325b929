import { expect, test } from '@playwright/test';
import { base, choose, expectAccessible, signIn } from './support.js';

test('the secretariat schedules a session (a double click records it once), records it as held, and records a decision of it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Commission sessions' }).click();
  await page.getByRole('link', { name: 'Schedule a session' }).click();
  await page.getByLabel('Session number').fill('99');
  await page.getByLabel('Date').fill('2020-12-01');
  await page.getByLabel('Agenda').fill('Implementation report for 2020\nҲисобот дар бораи иҷрои нақша');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Schedule the session' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Session 99' })).toBeVisible();
  await expect(page.getByText('Ҳисобот дар бораи иҷрои нақша')).toBeVisible();
  // Nothing decided or reviewed yet: each card says so rather than standing empty.
  const decisions = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Decisions taken' }) });
  const reviewed = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Recommendations reviewed' }) });
  await expect(decisions.getByText('None yet.', { exact: true })).toBeVisible();
  await expect(reviewed.getByText('None yet.', { exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Commission sessions' }).click();
  await expect(page.getByRole('link', { name: 'Session 99', exact: true })).toHaveCount(1);
  // A number is the session's for good: another session numbered so is refused beside the field.
  await page.getByRole('link', { name: 'Schedule a session' }).click();
  await page.getByLabel('Session number').fill(' 99 ');
  await page.getByLabel('Date').fill('2021-06-01');
  await page.getByRole('button', { name: 'Schedule the session' }).click();
  await expect(page.getByLabel('Session number')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^99 is already used by another commission session$/).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Commission sessions' }).click();
  await expect(page.getByRole('link', { name: 'Session 99', exact: true })).toHaveCount(1);
  await page.getByRole('link', { name: 'Session 99', exact: true }).click();

  await page.getByLabel('Held on').fill('2020-12-02');
  await choose(page, 'Attendees', /^MS · /);
  await choose(page, 'Attendees', /^IOM · /);
  await page.getByLabel('Minutes reference').fill('Minutes IMC-2020/99');
  await page.getByRole('button', { name: 'Record as held' }).click();
  await expect(page.getByText('Held', { exact: true })).toBeVisible();
  await expect(page.getByText('Minutes IMC-2020/99', { exact: false })).toBeVisible();
  // Held, an empty card is a fact of the record, no longer a wait.
  await expect(decisions.getByText('None recorded.', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Record a decision' }).click();
  // The session's page has a number field of its own (its corrections): the form is filled once it shows.
  await expect(page.getByRole('heading', { name: 'Record a decision' })).toBeVisible();
  await page.getByLabel('Number').fill('IMC-2020/99-1');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Annual report on diaspora engagement');
  await page.getByLabel('Text of the decision').fill('The Migration Service shall report on diaspora engagement by the end of March.');
  // No kind chosen: the API's field message appears beside the field, and nothing is recorded.
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('combobox', { name: 'Kind' }).or(page.getByRole('textbox', { name: 'Kind' })).first()).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await choose(page, 'Kind', 'Request a report');
  await choose(page, 'Responsible', /^MS · /);
  await choose(page, 'The activities it concerns', '1.1 · Draft law on the diaspora', page, 'draft law diaspora');
  await page.getByLabel('Due').fill('2021-03-31');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('heading', { name: 'Decision tracker' })).toBeVisible();
  const recorded = ((await (await page.request.get(`${base()}/decisions?q=IMC-2020%2F99-1`)).json()).items as { relatedActivityIds: string[] }[])[0];
  expect(recorded.relatedActivityIds).toHaveLength(1);
  await expect(page.getByText('Annual report on diaspora engagement')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /IMC-2020\/99-1/ })).toContainText('2021-03-31');
  // Back on the session's page, the decision stands in its card in place of "None recorded".
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Commission sessions' }).click();
  await page.getByRole('link', { name: 'Session 99', exact: true }).click();
  await expect(decisions.getByRole('row', { name: /IMC-2020\/99-1/ })).toBeVisible();
  await expect(decisions.getByText('None recorded.', { exact: true })).toHaveCount(0);
  await expect(reviewed.getByText('None recorded.', { exact: true })).toBeVisible();
});

test('an admin invites a person and changes their role with a reason', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
  await page.getByLabel('E-mail').fill('new.clerk@example.org');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Nigora Clerk');
  await choose(page, 'Role', 'Commission');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByText('An invitation was sent to new.clerk@example.org.')).toBeVisible();
  const row = page.getByRole('row', { name: /Nigora Clerk/ });
  await expect(row).toContainText('Invited');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/administration.png', fullPage: true });

  await page.getByRole('button', { name: 'Change access of Nigora Clerk' }).click();
  await choose(page, 'Role', 'Secretariat', page.getByRole('dialog'));
  await page.getByRole('dialog').getByLabel('Reason').fill('Moved to the secretariat');
  await page.getByRole('dialog').getByRole('button', { name: 'Change the role' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText('Secretariat');
});

test('an agency adds a follow-up to a decision that names it responsible', async ({ page }) => {
  await signIn(page, 'agency');
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: 'Add a follow-up to IMC-2020/99-1' }).click();
  await page.getByRole('dialog').getByLabel('What was done').fill('The Migration Service drafted the annual report; ҳисобот омода шуд.');
  await page.getByRole('dialog').getByRole('button', { name: 'Add a follow-up to' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /IMC-2020\/99-1/ })).toContainText('ҳисобот омода шуд');
});
