import { expect, test } from '@playwright/test';
import { base, demoPaths, expectAccessible, signIn } from './support.js';

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

/** The commission asking how the plan and an activity stood at a date before either took effect: told the date they first did, with the ways to it and back to today. */
test('a dashboard and an activity asked at a business date before they took effect say when they first did, with the way to that date and back to today', async ({ page }) => {
  await signIn(page, 'commission');
  const path = await demoPaths(page);
  const planId = path('/plans/:id').split('/').pop()!;
  const firstOn = async (history: string) =>
    (((await (await page.request.get(`${base()}${history}`)).json()) as { items: { effectiveOn: string }[] }).items.map((e) => e.effectiveOn).sort()[0]);
  const planFirst = await firstOn(`/plans/${planId}/history`);
  await page.goto(`${base()}/app/plans/${planId}?asOf=2010-01-01`);
  const notice = page.getByRole('alert').filter({ hasText: `Nothing of it was in effect yet on 2010-01-01: it first took effect on ${planFirst}.` });
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText(planId);
  await expectAccessible(page);
  await notice.getByRole('link', { name: `Show it on ${planFirst}` }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${planFirst}`));
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();

  const activityId = path('/activities/:id').split('/').pop()!;
  const activityFirst = await firstOn(`/activities/${activityId}/history`);
  await page.goto(`${base()}/app/activities/${activityId}?asOf=2010-01-01`);
  const activityNotice = page.getByRole('alert').filter({ hasText: `it first took effect on ${activityFirst}` });
  // Said once: the history, refused alike, is not shown beside it.
  await expect(activityNotice).toHaveCount(1);
  await expect(activityNotice).not.toContainText(activityId);
  await activityNotice.getByRole('link', { name: 'Show it as it stands today' }).click();
  await expect(page).not.toHaveURL(/asOf=/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing of it was in effect yet')).toHaveCount(0);
});
