import { expect, test } from '@playwright/test';
import { base, choose, expectAccessible, signIn } from './support.js';

/**
 * A focal point looking for their organisation's activities among every plan's: the list says each row's
 * plan (codes repeat from plan to plan), and narrows to a plan and to an agency, their own offered first.
 */
test('the activity list names each row’s plan and narrows to a plan and to the focal point’s own agency', async ({ page }) => {
  await signIn(page, 'agency', `${base()}/app/activities`);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Plan', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'TJ-DIASPORA-2011-2014', exact: true }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: 'TJ-DIASPORA-2015-2020', exact: true }).first()).toBeVisible();
  const total = async (query: string) => ((await (await page.request.get(`${base()}/activities?${query}&pageSize=1`)).json()) as { total: number }).total;
  const all = await total('');

  // Their own organisation comes first in the agency list.
  await page.getByRole('combobox', { name: 'Agency', exact: true }).click();
  await expect(page.getByRole('option').first()).toHaveText('MS · mine');
  await page.getByRole('option', { name: 'MS · mine' }).click();
  await expect(page).toHaveURL(/agencyId=/);
  const agencyId = new URL(page.url()).searchParams.get('agencyId')!;
  const theirs = await total(`agencyId=${agencyId}`);
  expect(theirs).toBeGreaterThan(0);
  expect(theirs).toBeLessThan(all);
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(theirs, 25));

  await choose(page, 'Plan', 'TJ-DIASPORA-2015-2020');
  await expect(page).toHaveURL(/planId=.*agencyId=|agencyId=.*planId=/);
  // Within one plan the column says nothing: it is gone.
  await expect(table.getByRole('columnheader', { name: 'Plan', exact: true })).toHaveCount(0);
  const planId = new URL(page.url()).searchParams.get('planId')!;
  const rows = await total(`planId=${planId}&agencyId=${agencyId}`);
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(rows, 25));
  await expectAccessible(page);
});
