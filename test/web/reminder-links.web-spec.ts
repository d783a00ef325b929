import { expect, test } from '@playwright/test';
import { base, signIn } from './support.js';

/**
 * A reminder's link to a decision, opened signed out: the sign-in page at that address, then the tracker
 * with the decision picked out and scrolled to, however far down the page it stands.
 */
test('a reminder’s link to a decision signs the person in and shows that decision, picked out and in view', async ({ page }) => {
  await signIn(page, 'admin');
  const all = (await (await page.request.get(`${base()}/decisions?sort=dueDate&pageSize=50`)).json()) as {
    items: { id: string; number: string; dueDate: string | null }[];
  };
  // The one the tracker's first page lists last (by due date, undated last): below the fold at 800 pixels.
  const last = all.items.at(-1)!;
  expect(all.items.length, 'enough decisions for the last to be out of view at first').toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Sign out' }).first().click();

  await signIn(page, 'agency', `${base()}/app/decisions?view=all&focus=${last.id}`);
  await expect(page).toHaveURL(new RegExp(`/app/decisions\\?view=all&focus=${last.id}$`));
  const row = page.locator(`tr[aria-current="true"]`);
  await expect(row).toContainText(last.number);
  await expect(row).toBeInViewport();
});
