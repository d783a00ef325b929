import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/**
 * The demo data was entered today, though its plans began in 2015: the commission travelling back to what the
 * system showed in 2019 is told when the plan was first recorded, and taken to that moment, not told it does not exist.
 */
test('a dashboard asked as known before the plan was recorded says when it was first recorded, and shows it from then', async ({ page }) => {
  await signIn(page, 'commission');
  const plans = (await (await page.request.get(`${base()}/plans?pageSize=50`)).json()).items as { id: string; code: string }[];
  const plan = plans.find((p) => p.code === 'TJ-DIASPORA-2015-2020')!;
  const first = (await (await page.request.get(`${base()}/plans/${plan.id}/history`)).json()).items[0].recordedAt as string;

  await page.goto(`${base()}/app/plans/${plan.id}?knownAt=2019-06-30T00:00:00.000Z`);
  const notice = page.getByRole('alert').filter({ hasText: 'Nothing of it had been recorded yet at that moment' });
  await expect(notice).toContainText('it was first recorded on');
  await expect(notice).not.toContainText(plan.id);
  await expectAccessible(page);
  await notice.getByRole('link', { name: 'Show it as first recorded' }).click();
  await expect(page).toHaveURL(new RegExp(`knownAt=${encodeURIComponent(first)}`));
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();
});
