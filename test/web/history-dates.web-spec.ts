import { expect, test } from '@playwright/test';
import { base, demoPaths, signIn } from './support.js';

// The browser's own language is English; the person reads the interface in Russian.
test.use({ locale: 'en-US' });

/** A moment as Russian writes it (08.12.2026, 14:05:09), not as the browser's English would (12/8/2026, 2:05:09 PM). */
const RUSSIAN_MOMENT = /\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}:\d{2}/;
const ENGLISH_MOMENT = /\d{1,2}\/\d{1,2}\/\d{4}/;

test('an activity’s history and a plan’s results-framework history say when in the interface’s language', async ({ page }) => {
  await signIn(page, 'admin');
  const path = await demoPaths(page);
  await page.goto(`${base()}/app${path('/activities/:id')}`);
  await page.getByText('RU', { exact: true }).click();
  const history = page.getByRole('heading', { name: 'История' }).locator('xpath=..');
  await expect(history).toContainText(RUSSIAN_MOMENT);
  await expect(history).not.toContainText(ENGLISH_MOMENT);

  await page.goto(`${base()}/app${path('/plans/:id')}/results`);
  const framework = page.getByRole('list', { name: 'Изменения рамки результатов' });
  await expect(framework.getByRole('listitem').first()).toContainText(RUSSIAN_MOMENT);
  await expect(framework).not.toContainText(ENGLISH_MOMENT);
  await page.getByText('EN', { exact: true }).click();
});
