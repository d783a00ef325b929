import { expect, test } from '@playwright/test';
import { base, demoPaths, expectAccessible, ROUTES, signIn } from './support.js';
import { truncatedBadges } from './badges.js';

test('every page of the application, as the secretariat sees it, has no serious or critical accessibility violation and no badge cut off', async ({ page }) => {
  test.setTimeout(240_000);
  expect(ROUTES.length).toBeGreaterThan(15);
  await signIn(page, 'admin');
  const pathOf = await demoPaths(page);

  const visited: string[] = [];
  const cutBadges: string[] = [];
  for (const route of ROUTES) {
    const path = pathOf(route);
    await page.goto(`${base()}/app${path}`);
    await expect(page.getByRole('heading', { level: 1 }).first(), `${route} shows its heading`).toBeVisible();
    await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0);
    await expect(page, `${route} is not sent elsewhere`).toHaveURL(new RegExp(`/app${path.replace(/[?]/g, '\\?')}$`));
    await expectAccessible(page);
    cutBadges.push(...(await truncatedBadges(page, route)));
    visited.push(route);
  }
  expect(visited).toEqual(ROUTES);
  // A status in a table's narrow column showed "SCHEDUL…": a badge keeps its whole label.
  expect(cutBadges, 'badges whose label is cut off, page by page, at 1280 px').toEqual([]);
});
