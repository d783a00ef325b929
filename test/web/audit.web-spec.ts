import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

interface Entry {
  stream: string;
  type: string;
  reason: string | null;
  effectiveOn: string | null;
}

/**
 * The commission reviews the trail as it reads any record: what happened last first, page after page, each
 * event with the record it belongs to (a link where the record has a page), its business date and its reason.
 */
test('the commission reads the audit trail newest first, pages back through it, and opens the record of an event', async ({ page }) => {
  await signIn(page, 'commission');
  const get = async (query: string) =>
    (await (await page.request.get(`${base()}/audit?order=newest&pageSize=50${query}`)).json()) as { total: number; items: Entry[] };
  const first = await get('');
  expect(first.total).toBeGreaterThan(50);

  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByText(`${first.total} events, newest first`)).toBeVisible();
  const rows = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Reason' }) })
    .locator('tbody tr');
  await expect(rows).toHaveCount(50);
  // Each row's business date is the event's, in the API's order.
  for (const i of [0, 49]) await expect(rows.nth(i).locator('td').nth(4)).toHaveText(first.items[i].effectiveOn ?? '');
  const withReason = first.items.findIndex((e) => e.reason);
  if (withReason >= 0) await expect(rows.nth(withReason).locator('td').nth(5)).toHaveText(first.items[withReason].reason!);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/page=2/);
  const second = await get('&page=2');
  await expect(rows.first().locator('td').nth(4)).toHaveText(second.items[0].effectiveOn ?? '');
  await expect(rows).toHaveCount(Math.min(50, first.total - 50));

  // An activity's event links to the activity.
  const activityRow = rows.filter({ has: page.getByRole('link', { name: 'Activity', exact: true }) }).first();
  const stream = (await activityRow.locator('code').getAttribute('title'))!;
  await activityRow.getByRole('link', { name: 'Activity', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/app/activities/${stream.slice('activity-'.length)}$`));
});
