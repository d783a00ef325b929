import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/** Opens an activity from the list by searching its title. */
async function openActivity(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Activities' }).click();
  await page.getByLabel('Search').fill(title);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('an agency focal point reports on its own activity, sees the API’s field message, and cannot open another organisation’s form', async ({ page }) => {
  await signIn(page, 'agency');
  await openActivity(page, 'Legal aid for migrants facing re-entry bans');
  await page.getByRole('link', { name: 'Report progress' }).click();
  await expect(page.getByRole('heading', { name: 'Report progress' })).toBeVisible();
  await page.getByLabel('Period start').fill('2020-11-01');
  await page.getByLabel('Period end').fill('2020-12-31');
  await page.getByLabel('Percent complete').fill('80');
  await page.getByLabel('Narrative').fill('Legal aid clinics in Khujand and Bokhtar continued.');
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByLabel('Document title').fill('Clinic register');
  await page.getByLabel('Address (URL)').fill('not an address');
  await page.getByRole('button', { name: 'Record the report' }).click();
  // The API's own field-level message, beside the field it is about; nothing recorded.
  await expect(page.getByText('url must be an http(s) URL').first()).toBeVisible();
  await expect(page.getByLabel('Address (URL)')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByLabel('Address (URL)').fill('https://ms.example.tj/legal-aid/register-2020.pdf');
  await page.getByRole('button', { name: 'Record the report' }).click();
  await expect(page.getByText('The report was recorded.')).toBeVisible();
  // The demo plan's reports wait for the secretariat: submitted, not yet counted.
  const awaiting = page.getByRole('heading', { name: 'Reports awaiting a step' }).locator('..');
  await expect(awaiting.getByText('2020-11-01 – 2020-12-31: 80 %')).toBeVisible();
  await expect(awaiting.getByText('Awaiting approval')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve 2020-11-01 – 2020-12-31' })).toHaveCount(0);

  // Another organisation's activity: no button, and its form says why instead of offering fields.
  await openActivity(page, 'Draft law on the diaspora');
  await expect(page.getByRole('link', { name: 'Report progress' })).toHaveCount(0);
  await page.goto(`${page.url()}/report`);
  await expect(page.getByRole('alert')).toContainText('you may not report on it');
  await expect(page.getByRole('button', { name: 'Record the report' })).toHaveCount(0);
});

test('the secretariat returns a report with a comment, the agency resubmits it, the secretariat approves it and reopens it with a reason', async ({ page }) => {
  await signIn(page, 'admin');
  await openActivity(page, 'Legal aid for migrants facing re-entry bans');
  await page.getByRole('button', { name: 'Return 2020-11-01 – 2020-12-31' }).click();
  await page.getByRole('dialog').getByLabel('Comment').fill('Say how many people the Bokhtar clinic saw');
  await page.getByRole('dialog').getByRole('button', { name: 'Return' }).click();
  await expect(page.getByText('Returned', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'agency');
  await openActivity(page, 'Legal aid for migrants facing re-entry bans');
  await expect(page.getByText('Comment: Say how many people the Bokhtar clinic saw')).toBeVisible();
  await page.getByRole('heading', { name: 'Reports awaiting a step' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/web/approval.png' });
  // Taken up where it was left, kept as a draft, then submitted from the activity page.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Percent complete')).toHaveValue('80');
  await page.getByLabel('Narrative').fill('The Bokhtar clinic saw 212 people, the Khujand clinic 340.');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Submit 2020-11-01 – 2020-12-31' }).click();
  await expect(page.getByText('Awaiting approval')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'admin');
  await openActivity(page, 'Legal aid for migrants facing re-entry bans');
  await page.getByRole('button', { name: 'Approve 2020-11-01 – 2020-12-31' }).click();
  const inForce = page.getByRole('heading', { name: 'Progress reports', exact: true }).locator('..');
  await expect(inForce.getByText(/2020-11-01 – 2020-12-31: 80 %/)).toBeVisible();
  await expect(inForce.getByText('Approved')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Clinic register' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Reopen 2020-11-01 – 2020-12-31' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('The ministry revised the clinic register');
  await page.getByRole('dialog').getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByText('Reopened', { exact: true })).toBeVisible();
  await expect(page.getByText('Reason: The ministry revised the clinic register').first()).toBeVisible();
});

test('a donor sees only its own portfolio and downloads its exports, which hold only what it funds', async ({ page }) => {
  await signIn(page, 'donor');
  await page.getByRole('link', { name: 'My portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio of European Union' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Matching grants for diaspora investment in Dousti and Kulob' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Pre-departure orientation for women migrants in Dousti and Kulob' })).toHaveCount(0);
  // Each activity says its plan, and the donor's own committed and disbursed amounts each under its own heading.
  await expect(page.getByRole('columnheader')).toHaveText(['Plan', 'Code', 'Title', 'Status', 'Progress', 'Committed by EU', 'Disbursed by EU']);
  await expect(page.getByRole('row', { name: /^TJ-DIASPORA-2015-2020 \S+ Matching grants for diaspora investment in Dousti and Kulob/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/portfolio.png', fullPage: true });

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV TJ-DIASPORA-2015-2020' }).click()]);
  const rows = readFileSync((await csv.path())!, 'utf8');
  expect(rows).toContain('Matching grants for diaspora investment in Dousti and Kulob');
  expect(rows).not.toContain('Pre-departure orientation for women migrants');
  const [iati] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'IATI XML TJ-DIASPORA-2015-2020' }).click()]);
  expect(readFileSync((await iati.path())!, 'utf8')).toContain('<iati-activities');

  // The plan's dashboard: the plan's planned budget beside what this donor alone committed and disbursed,
  // in words that say whose (a bare "Committed 0.00" read as nobody having committed).
  const plans = (await (await page.request.get(`${base()}/plans?pageSize=50`)).json()) as { items: { id: string; code: string }[] };
  await page.goto(`${base()}/app/plans/${plans.items.find((p) => p.code === 'TJ-DIASPORA-2015-2020')!.id}`);
  const budget = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Budget', exact: true }) });
  await expect(budget.getByRole('columnheader')).toHaveText(['Currency', 'Planned', 'Committed by you', 'Disbursed by you']);
  await expect(budget.getByText('Planned is the whole plan’s budget; committed and disbursed are your own funding only.')).toBeVisible();
  await expectAccessible(page);

  // Another donor's portfolio and the activity lists are not for a donor.
  const other = await page.request.get(`${base()}/organizations`);
  expect(other.status()).toBe(403);
  await expect(page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Activities' })).toHaveCount(0);
});

test('the commission reads the sessions, the decision tracker and the recommendation board', async ({ page }) => {
  await signIn(page, 'commission');
  await page.getByRole('link', { name: 'Commission sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Commission sessions' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /^Session / }).last().click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Decisions taken' })).toBeVisible();
  // The session pack, as the commission opens it from the page: a PDF in the interface's language.
  const pack = await page.request.get(`${base()}${await page.getByRole('link', { name: 'Session pack (PDF)' }).getAttribute('href')}`);
  expect(pack.status()).toBe(200);
  expect(pack.headers()['content-type']).toBe('application/pdf');
  expect((await pack.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/session.png', fullPage: true });

  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Decisions' }).click();
  await expect(page.getByRole('heading', { name: 'Decision tracker' })).toBeVisible();
  await page.getByText('All', { exact: true }).click();
  await expect(page).toHaveURL(/view=all/);
  await expect(page.getByRole('row')).not.toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Recommendations' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation pipeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Accepted' }).getByRole('article')).not.toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/recommendations.png', fullPage: true });
});

test('the secretariat corrects a report; when someone else changed the activity meanwhile, the page says so and reloads it', async ({ page }) => {
  await signIn(page, 'admin');
  await openActivity(page, 'Legal aid for migrants facing re-entry bans');
  await page.getByRole('link', { name: 'Correct 2019-11-01 – 2020-10-31' }).click();
  await expect(page.getByRole('heading', { name: /Correct the report for 2019-11-01 – 2020-10-31/ })).toBeVisible();
  await expect(page.getByLabel('Percent complete')).toHaveValue('75');

  // Meanwhile a colleague records another report on the same activity (through the API, with their session).
  const activityId = new URL(page.url()).pathname.split('/').at(-2)!;
  const me = (await (await page.request.get(`${base()}/auth/me`)).json()) as { csrfToken: string };
  const other = await page.request.post(`${base()}/activities/${activityId}/progress-reports`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: { periodStart: '2021-01-01', periodEnd: '2021-03-31', percentComplete: 85, indicatorValues: [], evidence: [] },
  });
  expect(other.status()).toBe(201);

  await page.getByLabel('Percent complete').fill('78');
  await page.getByLabel('Reason').fill('The 2020 register was counted twice for Bokhtar');
  await page.getByRole('button', { name: 'Record the report' }).click();
  await expect(page.getByRole('dialog', { name: 'Someone else changed this record' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Reload the record' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('Percent complete')).toHaveValue('78');
  await page.getByRole('button', { name: 'Record the report' }).click();
  await expect(page.getByText('The report was recorded.')).toBeVisible();
  await expect(page.getByText(/2019-11-01 – 2020-10-31: 78 %/)).toBeVisible();
  await expect(page.getByText('The 2020 register was counted twice for Bokhtar').first()).toBeVisible();
});
