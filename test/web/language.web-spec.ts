import { expect, test } from '@playwright/test';
import { base, signIn } from './support.js';

test('the interface speaks the account’s language from sign-in; a language chosen later sticks on reload; the next sign-in speaks the account’s again', async ({ page }) => {
  await signIn(page, 'tajikAgency');
  await expect(page.getByRole('link', { name: 'Чорабиниҳо' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg');

  await page.getByText('RU', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Мероприятия' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Мероприятия' })).toBeVisible();

  await page.getByRole('button', { name: 'Выйти' }).click();
  await signIn(page, 'tajikAgency');
  await expect(page.getByRole('link', { name: 'Чорабиниҳо' })).toBeVisible();

  // And an English account, after the Tajik one on the same device, gets English.
  await page.getByRole('button', { name: 'Баромадан' }).click();
  await signIn(page, 'agency');
  await expect(page.getByRole('link', { name: 'Activities' })).toBeVisible();
});

test('a refusal reads in the reader’s language, with the service’s own words beside it', async ({ page }) => {
  await page.goto(`${base()}/`);
  await page.getByText('RU', { exact: true }).click();
  await page.locator('input[autocomplete="username"]').fill('nobody@example.org');
  await page.locator('input[autocomplete="current-password"]').fill('not a password of anyone');
  await page.locator('button[type="submit"]').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Неверный адрес эл. почты или пароль.');
  await expect(alert).toContainText('Сообщение службы:');
  await page.getByText('EN', { exact: true }).click();
  await page.locator('button[type="submit"]').click();
  await expect(alert).not.toContainText('Неверный');
});
