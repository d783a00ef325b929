import { expect, test } from '@playwright/test';
import { base, demoPaths, signIn } from './support.js';

/** Percentages read as the interface's language writes numbers: a decimal comma in Russian and Tajik. */
test('the dashboard writes its percentages with the decimal comma in Russian and Tajik', async ({ page }) => {
  await signIn(page, 'admin');
  const path = await demoPaths(page);
  const planId = path('/plans/:id').split('/').pop()!;
  const dashboard = (await (await page.request.get(`${base()}/plans/${planId}/dashboard`)).json()) as { percentComplete: number | null; byObjective: { percentComplete: number | null }[] };
  const figures = [dashboard.percentComplete, ...dashboard.byObjective.map((o) => o.percentComplete)].filter((v): v is number => v !== null);
  // The demo plan's figures have decimals (what makes this test say something): one at least.
  const fractional = figures.find((v) => !Number.isInteger(v));
  expect(fractional).toBeDefined();
  const inRussian = `${String(fractional).replace('.', ',')} %`;

  await page.goto(`${base()}/app/plans/${planId}`);
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();
  await expect(page.getByText(`${fractional} %`).first()).toBeVisible();
  await page.getByText('RU', { exact: true }).click();
  await expect(page.getByText(inRussian).first()).toBeVisible();
  await expect(page.getByText(`${fractional} %`)).toHaveCount(0);
  await page.getByText('TG', { exact: true }).click();
  await expect(page.getByText(inRussian).first()).toBeVisible();
});
