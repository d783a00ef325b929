import { expect, test, type Page } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/** The demo plan's id, asked of the API as the signed-in page. */
async function demoPlan(page: Page): Promise<string> {
  const plans = (await (await page.request.get(`${base()}/plans?pageSize=50`)).json()) as { items: { id: string; code: string }[] };
  return plans.items.find((p) => p.code === 'TJ-DIASPORA-2015-2020')!.id;
}

/**
 * The dashboard at a business date: the figure's list opens at that date too (it opened today's, a
 * different count), says so above its table, and goes back to today on request; so does an activity
 * opened from it.
 */
test('the dashboard’s Overdue figure at a business date opens the activity list at that date, which says so', async ({ page }) => {
  const asOf = '2020-06-30';
  await signIn(page, 'admin');
  const planId = await demoPlan(page);
  const total = async (query: string) =>
    ((await (await page.request.get(`${base()}/activities?planId=${planId}&overdue=true${query}&pageSize=1`)).json()) as { total: number }).total;
  const [then, now] = [await total(`&asOf=${asOf}`), await total('')];
  expect(then, 'activities overdue on the business date').toBeGreaterThan(0);
  expect(then, 'overdue then and now differ, or the test could not tell one list from the other').not.toBe(now);

  await page.goto(`${base()}/app/plans/${planId}?asOf=${asOf}`);
  // The secretariat's budget table: the committed and disbursed of every donor, under the plain words.
  const budget = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Budget', exact: true }) });
  await expect(budget.getByRole('columnheader')).toHaveText(['Currency', 'Planned', 'Committed', 'Disbursed']);
  const overdue = page.locator('.mantine-Card-root').filter({ hasText: /^Overdue\s*\d+$/ });
  await expect(overdue.getByRole('link')).toHaveText(String(then));
  await overdue.getByRole('link').click();

  await expect(page.getByRole('heading', { name: 'Activities', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`planId=${planId}.*overdue=true.*asOf=${asOf}`));
  await expect(page.getByText(`As of ${asOf}`)).toBeVisible();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(Math.min(then, 25));
  await expect(rows.filter({ hasText: 'Overdue' })).toHaveCount(Math.min(then, 25));
  await expectAccessible(page);

  // A row opens that activity as it stood on the date (it opened today's), to be read, not written from.
  const first = rows.first().getByRole('link');
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/activities/[^?]+\\?asOf=${asOf}$`));
  await expect(page.getByText(`As of ${asOf}`)).toBeVisible();
  await expect(page.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Correct the activity' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show it as it is today' }).click();
  await expect(page).not.toHaveURL(/asOf=/);
  await expect(page.getByRole('link', { name: 'Correct the activity' })).toBeVisible();
  await expect(page.getByText(`As of ${asOf}`)).toHaveCount(0);
  await page.goBack();
  await page.goBack();
  await expect(page.getByText(`As of ${asOf}`)).toBeVisible();

  // Back to today: the same filters, today's overdue activities, and no date above the table.
  await page.getByRole('button', { name: 'Show today’s list' }).click();
  await expect(page).not.toHaveURL(/asOf=/);
  await expect(page).toHaveURL(/overdue=true/);
  await expect(page.getByText(/^As of /)).toHaveCount(0);
  await expect(rows).toHaveCount(Math.min(now, 25));
});

/**
 * The reporting card's table shows the last four periods; the missing reports listed under it are the
 * oldest few. It says how many are missing in all, and leads to the Reports page, which lists every one owed.
 */
test('the dashboard’s reporting card says how many reports are missing in all and leads to the Reports page', async ({ page }) => {
  await signIn(page, 'admin');
  const planId = await demoPlan(page);
  const reporting = (await (await page.request.get(`${base()}/plans/${planId}/reporting`)).json()) as { missing: unknown[] };
  expect(reporting.missing.length, 'more reports missing than the card lists').toBeGreaterThan(5);

  await page.goto(`${base()}/app/plans/${planId}`);
  const card = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Reporting cycle' }) });
  await expect(card.getByText(`Missing reports in all: ${reporting.missing.length}. The oldest:`)).toBeVisible();
  await expect(card.locator('a[href*="/activities/"]')).toHaveCount(5);
  await expectAccessible(page);
  await card.getByRole('link', { name: 'Every report owed' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/app\/reports$/);
});
