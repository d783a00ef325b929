import { expect, test, type Page } from '@playwright/test';
import { anActivity, anObjective, aPlan, uniqueCode } from '../support/builders.js';
import { base, expectAccessible, pageApi, showAgainAfter, signIn } from './support.js';

/** An activity of a plan of its own, and the API to change it as a colleague in another tab would. */
async function anActivityToCorrect(page: Page) {
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Diaspora business incubators' } }));
  const { objectiveId } = await post(`/plans/${plan.id}/objectives`, anObjective());
  const organizations = (await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[];
  const ms = organizations.find((o) => o.acronym === 'MS')!.id;
  const code = uniqueCode('HC');
  const activity = await post('/activities', anActivity({ planId: plan.id, objectiveId: objectiveId!, leadAgencyId: ms }, { code, title: 'Business incubator in Khujand' }));
  return { id: activity.id, code, get, post };
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

test('an activity’s code and course being typed survive the page reading it anew after a colleague’s change, and are not sent over it', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'admin');
  const { id, code: readCode, get, post } = await anActivityToCorrect(page);
  const typedCode = uniqueCode('HC-R');
  await page.goto(`${base()}/app/activities/${id}/edit`);
  const code = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Code', exact: true }) });
  await code.getByRole('textbox', { name: 'Code' }).fill(typedCode);
  await code.getByLabel('Reason').fill('numbered as in the work plan');
  const course = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Its course' }) });
  await course.getByRole('textbox', { name: 'On', exact: true }).fill('2016-02-01');

  // A colleague corrects its title meanwhile; the clerk's tab is shown again once the page's data is old.
  const amended = await post(`/activities/${id}/amend`, { titles: { en: 'Business incubator for returning migrants in Khujand' }, reason: 'Full title' });
  await showAgainAfter(page, amended, `/activities/${id}`);
  await expect(page.getByText(`${readCode} · Business incubator for returning migrants in Khujand`)).toBeVisible();
  await expect(code.getByRole('textbox', { name: 'Code' })).toHaveValue(typedCode);
  await expect(code.getByLabel('Reason')).toHaveValue('numbered as in the work plan');
  await expect(course.getByRole('textbox', { name: 'On', exact: true })).toHaveValue('2016-02-01');

  // Each is based on the activity as the clerk read it: the dialog says someone changed it meanwhile.
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this record' });
  await code.getByRole('button', { name: 'Correct the code' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByText('Stay here').click();
  await expect(dialog).toHaveCount(0);
  await course.getByRole('button', { name: 'Record the start' }).click();
  await expect(dialog).toBeVisible();
  expect(await get(`/activities/${id}`)).toMatchObject({ code: readCode, status: 'planned' });

  // Reloaded, the code typed is kept and recorded.
  await dialog.getByText('Stay here').click();
  await code.getByRole('button', { name: 'Correct the code' }).click();
  await dialog.getByRole('button', { name: 'Reload the record' }).click();
  await expect(code.getByRole('textbox', { name: 'Code' })).toHaveValue(typedCode);
  await code.getByRole('button', { name: 'Correct the code' }).click();
  await expect(page.getByText(`${typedCode} · Business incubator for returning migrants in Khujand`)).toBeVisible();
  await expect(code.getByLabel('Reason')).toHaveValue('');
  expect(((await get(`/activities/${id}`)) as { code: string }).code).toBe(typedCode);
});

test('a plan’s reporting calendar being set survives the page reading the plan anew after a colleague’s change, and meets the conflict dialog', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Diaspora savings groups' } }));
  await page.goto(`${base()}/app/plans/${plan.id}/edit`);
  const calendar = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Reporting cycle' }) });
  await calendar.getByRole('textbox', { name: 'Due (days after the period ends)' }).fill('45');

  const amended = await post(`/plans/${plan.id}/amend`, { title: { en: 'Diaspora savings groups in Sughd' }, reason: 'Full title' });
  await showAgainAfter(page, amended, `/plans/${plan.id}`);
  await expect(page.getByRole('heading', { name: 'Titles and coordinating body' }).locator('xpath=..').getByRole('textbox', { name: 'Title (English)' })).toHaveValue(
    'Diaspora savings groups in Sughd',
  );
  await expect(calendar.getByRole('textbox', { name: 'Due (days after the period ends)' })).toHaveValue('45');

  await calendar.getByRole('button', { name: 'Set the calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this record' });
  await expect(dialog).toBeVisible();
  expect(((await get(`/plans/${plan.id}`)) as { reporting?: unknown }).reporting ?? null).toBeNull();
  await dialog.getByRole('button', { name: 'Reload the record' }).click();
  await expect(calendar.getByRole('textbox', { name: 'Due (days after the period ends)' })).toHaveValue('45');
  await calendar.getByRole('button', { name: 'Set the calendar' }).click();
  await expect.poll(async () => ((await get(`/plans/${plan.id}`)) as { reporting?: { dueDays: number } }).reporting?.dueDays).toBe(45);
});
