import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/**
 * An organisation renamed in the world (an agency renamed by decree) is recorded from the date it took
 * effect, apart from a correction: the page says which is which, a date still to come is refused beside
 * its field, and the organisation's history keeps the name it had before.
 */
test('the secretariat records that an organisation was renamed from a date, told apart from a correction; a date still to come is refused beside the field', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const registered = await page.request.post(`${base()}/organizations`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: { name: `Agency for Labour Migration ${run}`, acronym: `ALM${run}`, kind: 'state_agency', country: 'TJ', effectiveOn: '2012-03-01' },
  });
  expect(registered.status()).toBe(201);
  const { id, position } = (await registered.json()) as { id: string; position: string };
  // The list the page reads holds it before the page is opened.
  expect((await page.request.get(`${base()}/organizations/${id}`, { headers: { 'x-min-position': position } })).status()).toBe(200);

  await page.goto(`${base()}/app/organizations`);
  const row = page.getByRole('row', { name: new RegExp(`ALM${run}`) });
  await expect(row).toContainText(`Agency for Labour Migration ${run}`);

  // "Correct" says the record was wrong, and points to "Renamed" for a change in the world.
  await row.getByRole('button', { name: `Correct ALM${run}` }).click();
  await expect(page.getByRole('dialog').getByText(/A correction says the record was wrong/)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Stay here' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await row.getByRole('button', { name: `Renamed: ALM${run}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/A rename is a change in the world/)).toBeVisible();
  await expect(dialog.getByText(/If the name was recorded wrongly, this is not a rename/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'New name' })).toHaveValue(`Agency for Labour Migration ${run}`);
  await dialog.getByRole('textbox', { name: 'New name' }).fill(`Agency for Migration and Employment ${run}`);
  await dialog.getByRole('textbox', { name: 'Acronym' }).fill(`AME${run}`);
  await dialog.getByLabel('Renamed as of').fill('2199-01-01');
  await dialog.getByRole('button', { name: 'Record the new name' }).click();
  await expect(dialog.getByLabel('Renamed as of')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/is after today/).first()).toBeVisible();
  await expectAccessible(page);

  await dialog.getByLabel('Renamed as of').fill('2024-07-01');
  await dialog.getByRole('button', { name: 'Record the new name' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const renamed = page.getByRole('row', { name: new RegExp(`AME${run}`) });
  await expect(renamed).toContainText(`Agency for Migration and Employment ${run}`);
  await expect(page.getByRole('row', { name: new RegExp(`ALM${run}`) })).toHaveCount(0);

  expect(await get(`/organizations/${id}`)).toMatchObject({ name: `Agency for Migration and Employment ${run}`, acronym: `AME${run}` });
  const history = (await get(`/organizations/${id}/history`)) as { items: { type: string; effectiveOn: string | null; data: Record<string, unknown> }[] };
  expect(history.items.map((e) => [e.type, e.effectiveOn])).toEqual([
    ['OrganizationRegistered', '2012-03-01'],
    ['OrganizationRenamed', '2024-07-01'],
  ]);
  expect(history.items[1].data).toMatchObject({ previousName: `Agency for Labour Migration ${run}`, previousAcronym: `ALM${run}` });
});

test('an agency’s focal point reads the organisations without “Correct” or “Renamed”', async ({ page }) => {
  await signIn(page, 'agency');
  await page.goto(`${base()}/app/organizations`);
  await expect(page.getByRole('row', { name: /Migration Service under/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Renamed/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Correct/ })).toHaveCount(0);
});
