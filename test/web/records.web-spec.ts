import { expect, test } from '@playwright/test';
import { choose, expectAccessible, signIn } from './support.js';

test('the secretariat registers and corrects an organisation, drafts a plan in three languages, adds an objective and adopts it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Register an organisation' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Committee on Women and Family Affairs');
  await page.getByRole('textbox', { name: 'Acronym' }).fill('CWFA');
  await page.getByRole('textbox', { name: 'Country' }).fill('tj');
  await choose(page, 'Kind', 'State agency');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Register an organisation' }).last().click();
  const row = page.getByRole('row', { name: /CWFA/ });
  await expect(row).toContainText('Committee on Women and Family Affairs');
  await row.getByRole('button', { name: 'Correct CWFA' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }).fill('Committee on Women and Family Affairs under the Government');
  await page.getByRole('dialog').getByRole('button', { name: 'Correct' }).click();
  // The reason is required: the API says so beside the field, nothing is recorded.
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Reason' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('dialog').getByRole('textbox', { name: 'Reason' }).fill('Full official name');
  await page.getByRole('dialog').getByRole('button', { name: 'Correct' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText('under the Government');

  await page.getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('link', { name: 'Draft a plan' }).click();
  await page.getByRole('textbox', { name: 'Plan code' }).fill('TJ-MIGR-2021-2025');
  await page.getByRole('textbox', { name: 'Title (English)' }).fill('Safe and orderly labour migration');
  await page.getByRole('textbox', { name: 'Title (Russian)' }).fill('Безопасная и упорядоченная трудовая миграция');
  await page.getByRole('textbox', { name: 'Title (Tajik)' }).fill('Муҳоҷирати меҳнатии бехатар ва батартиб');
  await page.getByRole('textbox', { name: 'Period start' }).fill('2021-01-01');
  await page.getByRole('textbox', { name: 'Period end' }).fill('2020-12-31');
  await page.getByRole('button', { name: 'Draft a plan' }).click();
  // A period ending before it starts is refused by the API; the page says so.
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByRole('textbox', { name: 'Period end' }).fill('2025-12-31');
  await page.getByRole('button', { name: 'Draft a plan' }).click();
  await expect(page.getByRole('heading', { name: 'The plan’s record' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Objective code' }).fill('1');
  await page.getByRole('textbox', { name: 'Objective title' }).fill('Pre-departure information for every migrant');
  await page.getByRole('button', { name: 'Add an objective' }).last().click();
  await expect(page.getByRole('cell', { name: 'Pre-departure information for every migrant' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Adopted on' }).fill('2021-02-01');
  await page.getByRole('textbox', { name: 'Instrument (e.g. government decree)' }).fill('Government decree No. 12 of 1 February 2021');
  await page.getByRole('button', { name: 'Adopt the plan' }).last().click();
  await expect(page.getByText('Adopted', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByText('TG', { exact: true }).click();
  await page.getByRole('button', { name: 'Кушодани лавҳа' }).click();
  await expect(page.getByRole('heading', { name: 'Муҳоҷирати меҳнатии бехатар ва батартиб' })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
});

test('the secretariat records a commitment and a disbursement; disbursing more than committed is refused with the API’s reason', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Activities' }).click();
  await page.getByLabel('Search').fill('Online portal for diaspora associations');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Online portal for diaspora associations' }).click();
  await page.getByRole('button', { name: 'Record funding' }).click();
  await choose(page, 'Donor', /^IOM · /);
  await page.getByRole('textbox', { name: 'Amount' }).fill('25000.00');
  await page.getByRole('textbox', { name: 'Currency' }).fill('USD');
  await page.getByRole('textbox', { name: 'Date' }).fill('2018-02-01');
  await page.getByRole('button', { name: 'Record the commitment' }).click();
  await expect(page.getByRole('row', { name: /IOM/ })).toContainText('25000.00 USD');
  await page.getByText('Disbursement', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('30000.00');
  await page.getByRole('textbox', { name: 'Date' }).fill('2018-03-01');
  await page.getByRole('button', { name: 'Record the disbursement' }).click();
  await expect(page.getByRole('alert')).toContainText(/commit/i);
  await page.getByRole('textbox', { name: 'Amount' }).fill('10000.00');
  await page.getByRole('button', { name: 'Record the disbursement' }).click();
  await expect(page.getByRole('row', { name: /IOM/ })).toContainText('10000.00 USD');
  await expectAccessible(page);
});
