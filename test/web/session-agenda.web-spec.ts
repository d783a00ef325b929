import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/** The secretariat corrects a scheduled session's agenda on its page: an item reworded (its Russian kept), one removed, one added. */
test('the secretariat corrects a scheduled session’s agenda in its own language, keeping the others', async ({ page }) => {
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const scheduled = await page.request.post(`${base()}/commission/sessions`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: { number: `AG-${run}`, scheduledOn: '2026-11-10', agenda: [{ en: 'Progress of the plan', ru: 'Ход выполнения плана' }, { en: 'Funding gaps' }] },
  });
  expect(scheduled.status()).toBe(201);
  const { id } = (await scheduled.json()) as { id: string };

  await page.goto(`${base()}/app/commission/sessions/${id}`);
  const form = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Corrections to the agenda' }) });
  await expect(form.getByRole('textbox', { name: 'Item 1' })).toHaveValue('Progress of the plan');
  await form.getByRole('textbox', { name: 'Item 1' }).fill('Progress of the plan in 2026');
  await form.getByRole('button', { name: 'Remove item 2' }).click();
  await form.getByRole('button', { name: 'Add an item' }).click();
  await form.getByRole('textbox', { name: 'Item 2' }).fill('Any other business');
  await form.getByLabel('Reason').fill('as in the invitation sent');
  await form.getByRole('button', { name: 'Correct the agenda' }).click();

  const agenda = page
    .locator('.mantine-Card-root')
    .filter({ has: page.getByRole('heading', { name: 'Agenda', exact: true }) })
    .getByRole('listitem');
  await expect(agenda).toHaveText(['Progress of the plan in 2026', 'Any other business']);
  await expectAccessible(page);
  const session = (await get(`/commission/sessions/${id}`)) as { agendaTitles: unknown[] };
  expect(session.agendaTitles).toEqual([{ en: 'Progress of the plan in 2026', ru: 'Ход выполнения плана' }, { en: 'Any other business' }]);
  const history = (await get(`/commission/sessions/${id}/history`)) as { items: { type: string; reason: string | null }[] };
  expect(history.items.map((e) => [e.type, e.reason])).toEqual([
    ['CommissionSessionScheduled', null],
    ['CommissionSessionAmended', 'as in the invitation sent'],
  ]);

  // Held, the agenda is part of the record: no longer offered for correction.
  const held = await page.request.post(`${base()}/commission/sessions/${id}/held`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: { heldOn: '2026-11-10', attendeeOrganizationIds: [] },
  });
  expect(held.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Corrections to the agenda' })).toHaveCount(0);
});
