import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

test('a browser at / is sent to the sign-in page; a wrong password is refused with the API’s message', async ({ page }) => {
  await page.goto(`${base()}/`);
  await expect(page).toHaveURL(/\/app\/$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'E-mail' }).fill('admin@example.org');
  await page.getByRole('textbox', { name: 'Password' }).fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
});

test('the secretariat opens the 2015–2020 dashboard, follows a figure to the list, and opens an activity with its history', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: /Engagement of the Tajik Diaspora/ }).filter({ hasText: 'Engagement' }).last().click();
  await expect(page.getByText('TJ-DIASPORA-2015-2020')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Progress by province and district' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Dousti', exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/dashboard.png', fullPage: true });

  await page.getByRole('link', { name: /^\d+$/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Activities' })).toBeVisible();
  await expect(page.getByRole('row')).not.toHaveCount(1);
  await expectAccessible(page);
  // Sorted by progress, most advanced first: the order is the API's, kept in the URL.
  await page.getByRole('button', { name: 'Progress' }).click();
  await page.getByRole('button', { name: /Progress/ }).click();
  await expect(page).toHaveURL(/sort=-percentComplete/);
  await expect(page.getByRole('columnheader', { name: /Progress/ })).toHaveAttribute('aria-sort', 'descending');
  const percents = await page.getByRole('row').locator('td:nth-child(4)').allInnerTexts();
  const numbers = percents.map((p) => Number(p.replace(/[^\d.]/g, '')));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await page.getByLabel('Search').fill('Draft law');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Draft law on the diaspora' }).click();
  await expect(page.getByRole('heading', { name: 'Draft law on the diaspora' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' }).locator('..').getByText('Planned', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/activity.png', fullPage: true });

  // The interface and the record's title in Tajik (ғ ӣ қ ӯ ҳ ҷ render).
  await page.getByText('TG', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Лоиҳаи қонун дар бораи диаспора' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Таърих' })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
});

test('the commission time-travels the dashboard (in the URL) and verifies the audit record', async ({ page }) => {
  await signIn(page, 'commission');
  await page.getByRole('link', { name: /Engagement of the Tajik Diaspora/ }).last().click();
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();
  await page.getByLabel('Business date (asOf)').fill('2016-12-31');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/asOf=2016-12-31/);
  await expect(page.getByText(/· 2016-12-31/)).toBeVisible();
  // The reporting cycle as of that date: the 2015 reports, due 60 days after the year ended, and what is missing.
  await expect(page.getByRole('heading', { name: 'Reporting cycle' })).toBeVisible();
  await expect(page.getByText('Yearly · due 60 days after each period')).toBeVisible();
  await expect(page.getByRole('row', { name: /2015-01-01 – 2015-12-31 2016-02-29/ })).toBeVisible();

  await page.getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await page.getByRole('button', { name: 'Verify the record' }).click();
  await expect(page.getByText('The record is intact')).toBeVisible();
  await expect(page.getByText(/Digest:/)).toBeVisible();
  // The line written into the minutes, checked back against the record at its position.
  const verified = page.getByRole('status').filter({ hasText: 'The record is intact' });
  const digest = (await verified.locator('code').nth(0).textContent())!;
  const position = (await verified.locator('code').nth(1).textContent())!;
  await page.getByRole('textbox', { name: 'Digest' }).fill(digest);
  await page.getByRole('textbox', { name: 'Position' }).fill(position);
  await page.getByRole('button', { name: 'Check against the record' }).click();
  await expect(page.getByText('The record up to that position is unchanged: the digest matches')).toBeVisible();
  await page.getByRole('textbox', { name: 'Digest' }).fill('0'.repeat(64));
  await page.getByRole('button', { name: 'Check against the record' }).click();
  await expect(page.getByText(/The digest differs/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Position' }).fill('yesterday');
  await page.getByRole('button', { name: 'Check against the record' }).click();
  await expect(page.getByText('at must be a position such as 1083:325')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/audit.png', fullPage: true });
});

test('works on a 390-pixel-wide phone: no horizontal scrolling on the dashboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'commission');
  await page.getByRole('link', { name: /Engagement of the Tajik Diaspora/ }).last().click();
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();
  const overflow = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the dashboard shows progress per country, area and district; an area of Kyrgyzstan lists the ACTED project working there', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: /Engagement of the Tajik Diaspora/ }).filter({ hasText: 'Engagement' }).last().click();
  await expect(page.getByRole('cell', { name: 'Kyrgyzstan', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Tajikistan', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Osh', exact: true }).click();
  await expect(page).toHaveURL(/country=KG&province=KG-O/);
  await expect(page.getByRole('link', { name: 'Matching grants for diaspora investment in Dousti and Kulob' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await expectAccessible(page);
  // Its dates say which is which: planned, then when it started.
  await page.getByRole('link', { name: 'Matching grants for diaspora investment in Dousti and Kulob' }).click();
  await expect(page.getByText('Planned: 2016-03-01 – 2019-12-31 · started 2016-04-01', { exact: true })).toBeVisible();
});
