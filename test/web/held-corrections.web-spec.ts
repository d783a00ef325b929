import { expect, test, type Page } from '@playwright/test';
import { anActivity, anObjective, aPlan, uniqueCode } from '../support/builders.js';
import { base, expectAccessible, pageApi, signIn } from './support.js';

/** An activity of a plan of its own, and the API to change it as a colleague in another tab would. */
async function anActivityToCorrect(page: Page) {
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Diaspora business incubators' } }));
  const { objectiveId } = await post(`/plans/${plan.id}/objectives`, anObjective());
  const organizations = (await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[];
  const ms = organizations.find((o) => o.acronym === 'MS')!.id;
  const activity = await post('/activities', anActivity({ planId: plan.id, objectiveId: objectiveId!, leadAgencyId: ms }, { code: uniqueCode('HC'), title: 'Business incubator in Khujand' }));
  return { id: activity.id, get, post };
}

test('a correction being typed survives the page reading the activity anew after a colleague’s change, and is not sent over it', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'admin');
  const { id, get, post } = await anActivityToCorrect(page);
  await page.goto(`${base()}/app/activities/${id}/edit`);
  const description = page.getByRole('textbox', { name: 'Description' });
  await description.fill('Premises rented from the Khujand municipality; twelve start-ups selected');

  // A colleague, in another tab, corrects its title; the clerk's tab is shown again once the page's data is old.
  await post(`/activities/${id}/amend`, { titles: { en: 'Business incubator for returning migrants in Khujand' }, reason: 'Full title' });
  await page.clock.fastForward('00:30');
  const reread = page.waitForResponse((r) => r.url().includes(`/activities/${id}`) && r.request().method() === 'GET');
  // The test's types know no DOM: the page's window, by the shape used here.
  await page.evaluate(() => (globalThis as unknown as { dispatchEvent(event: Event): boolean }).dispatchEvent(new Event('visibilitychange')));
  await reread;
  await expect(page.getByText('Business incubator for returning migrants in Khujand')).toBeVisible();
  await expect(description).toHaveValue('Premises rented from the Khujand municipality; twelve start-ups selected');

  // Sent, it is based on the activity as the clerk read it: the dialog says someone changed it meanwhile.
  await page.getByRole('textbox', { name: 'Reason' }).first().fill('Progress of the premises');
  await page.getByRole('button', { name: 'Correct the activity' }).click();
  await expect(page.getByRole('dialog', { name: 'Someone else changed this record' })).toBeVisible();
  expect((await get(`/activities/${id}`)).description ?? null).toBeNull();
});

test('reloading after the conflict dialog keeps what was typed and shows the colleague’s change in the fields not typed in', async ({ page }) => {
  await signIn(page, 'admin');
  const { id, get, post } = await anActivityToCorrect(page);
  await page.goto(`${base()}/app/activities/${id}/edit`);
  const description = page.getByRole('textbox', { name: 'Description' });
  await description.fill('Premises rented from the Khujand municipality; twelve start-ups selected');
  await page.getByRole('textbox', { name: 'Reason' }).first().fill('Progress of the premises');
  await post(`/activities/${id}/amend`, { tags: { sdg: ['10.7', '8.3'], gcm: ['19'] }, reason: 'SDG 8.3 too' });

  await page.getByRole('button', { name: 'Correct the activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this record' });
  await expect(dialog).toContainText('what you typed stays in the form');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Reload the record' }).click();
  await expect(page.getByRole('textbox', { name: 'SDG targets' })).toHaveValue('10.7, 8.3');
  await expect(description).toHaveValue('Premises rented from the Khujand municipality; twelve start-ups selected');
  await expect(page.getByRole('textbox', { name: 'Reason' }).first()).toHaveValue('Progress of the premises');

  await page.getByRole('button', { name: 'Correct the activity' }).click();
  await expect(page).toHaveURL(new RegExp(`/app/activities/${id}$`));
  const corrected = await get(`/activities/${id}`);
  expect(corrected.description).toBe('Premises rented from the Khujand municipality; twelve start-ups selected');
  expect(corrected.tags.sdg).toEqual(['10.7', '8.3']);
});

test('a plan’s titles being corrected are kept while an objective is added on the same page, and recorded once reloaded', async ({ page }) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Diaspora bonds for local infrastructure' } }));
  await page.goto(`${base()}/app/plans/${plan.id}/edit`);
  const titles = page.getByRole('heading', { name: 'Titles and coordinating body' }).locator('xpath=..');
  await titles.getByRole('textbox', { name: 'Title (Russian)' }).fill('Облигации диаспоры для местной инфраструктуры');
  await titles.getByRole('textbox', { name: 'Reason' }).fill('Russian title from the decree');

  await page.getByRole('textbox', { name: 'Objective code' }).fill('1');
  await page.getByRole('textbox', { name: 'Objective title' }).fill('Bonds issued to the diaspora');
  await page.getByRole('button', { name: 'Add an objective' }).last().click();
  await expect(page.getByRole('cell', { name: 'Bonds issued to the diaspora' })).toBeVisible();
  await expect(titles.getByRole('textbox', { name: 'Title (Russian)' })).toHaveValue('Облигации диаспоры для местной инфраструктуры');

  // Based on the plan as read before the objective was added: the dialog offers to reload, keeping what was typed.
  await titles.getByRole('button', { name: 'Correct the plan' }).click();
  await page.getByRole('dialog', { name: 'Someone else changed this record' }).getByRole('button', { name: 'Reload the record' }).click();
  await expect(titles.getByRole('textbox', { name: 'Title (Russian)' })).toHaveValue('Облигации диаспоры для местной инфраструктуры');
  await titles.getByRole('button', { name: 'Correct the plan' }).click();
  // Recorded, the form starts again from the plan as it now is: the reason emptied for the next correction.
  await expect(titles.getByRole('textbox', { name: 'Reason' })).toHaveValue('');
  expect((await get(`/plans/${plan.id}`)).title.ru).toBe('Облигации диаспоры для местной инфраструктуры');
});
