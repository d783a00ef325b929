import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.js';

test('a donor opens the indicator tracking table from the dashboard: the ACTED communities per country, the objective rolled up, in time travel, as CSV', async ({ page }) => {
  await signIn(page, 'donor');
  await page.getByRole('link', { name: /Engagement of the Tajik Diaspora/ }).last().click();
  await page.getByRole('link', { name: 'Indicator tracking table' }).click();
  await expect(page.getByRole('heading', { name: 'Indicator tracking table', level: 1 })).toBeVisible();

  // The ACTED project's communities: 500 in 2019, 380 in Tajikistan and 120 in Kyrgyzstan.
  const acted = page.getByRole('region', { name: /^Activity 2\.1\.2 · Communities reached$/ });
  const row2019 = acted.getByRole('row', { name: /^2019 / });
  await expect(row2019).toBeVisible();
  const headers = await acted.getByRole('columnheader').allInnerTexts();
  const cells = await row2019.getByRole('cell').allInnerTexts();
  const byColumn = Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
  expect(byColumn).toMatchObject({ Target: '500', Actual: '500', '% of target': '100 %', Tajikistan: '380', Kyrgyzstan: '120' });
  // A donor does not open the activities behind the table: the activity is named, not linked.
  await expect(acted.getByRole('link')).toHaveCount(0);

  // The objective's indicator adds up 2.1.2 and 2.1.4 per year.
  const objective = page.getByRole('region', { name: /^Objective 2\.1 · Communities reached by remittance investment$/ });
  await expect(objective.getByText(/Rolled up from activities 2\.1\.2 \(sum\)/)).toBeVisible();
  await expect(objective.getByRole('row', { name: /^2017 300 312 / })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/tracking-table.png', fullPage: true });

  // As the plan stood at the end of 2017: no 2018 figures yet.
  await page.getByLabel('Business date (asOf)').fill('2017-12-31');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/asOf=2017-12-31/);
  await expect(objective.getByRole('row', { name: /^2017 300 312 / })).toBeVisible();
  await expect(objective.getByRole('row', { name: /^2018 450 – / })).toBeVisible();

  // Objectives only, then the same table as CSV at the same clock.
  await page.getByText('Objectives', { exact: true }).click();
  await expect(page).toHaveURL(/level=objective/);
  await expect(acted).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv).toContain('Communities reached by remittance investment');
  expect(csv).not.toContain('2.1.2');
});
