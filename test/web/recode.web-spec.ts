import { expect, test } from '@playwright/test';
import { anActivity, anObjective, aPlan, uniqueCode } from '../support/builders.js';
import { base, expectAccessible, pageApi, signIn } from './support.js';

/** Codes typed wrong are corrected from the edit pages: one another activity holds is refused beside the field, with a link to that activity. */
test('the secretariat corrects an activity’s code and a plan’s code, a code another activity holds refused with a link to it', async ({ page }) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Diaspora investment fairs' } }));
  const { objectiveId } = await post(`/plans/${plan.id}/objectives`, anObjective());
  const ms = ((await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[]).find((o) => o.acronym === 'MS')!.id;
  const refs = { planId: plan.id, objectiveId: objectiveId!, leadAgencyId: ms };
  const typo = await post('/activities', anActivity(refs, { code: '2.33', title: 'Diaspora investment fair' }));
  const other = await post('/activities', anActivity(refs, { code: '2.4', title: 'Matching grants' }));

  await page.goto(`${base()}/app/activities/${typo.id}/edit`);
  const code = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Code', exact: true }) });
  await code.getByRole('textbox', { name: 'Code' }).fill('2.4');
  await code.getByLabel('Reason').fill('typed 2.33 for 2.3');
  await code.getByRole('button', { name: 'Correct the code' }).click();
  await expect(code.getByRole('textbox', { name: 'Code' })).toHaveAttribute('aria-invalid', 'true');
  await expect(code.getByText('2.4 is already used by another activity').first()).toBeVisible();
  await expect(code.getByRole('link', { name: 'Open the activity that holds it' })).toHaveAttribute('href', `/app/activities/${other.id}`);
  await expectAccessible(page);

  await code.getByRole('textbox', { name: 'Code' }).fill('2.3');
  await code.getByRole('button', { name: 'Correct the code' }).click();
  await expect(page.getByText('2.3 · Diaspora investment fair')).toBeVisible();
  const history = (await get(`/activities/${typo.id}/history`)) as { items: { type: string; reason: string | null }[] };
  expect(history.items.at(-1)).toMatchObject({ type: 'ActivityRecoded', reason: 'typed 2.33 for 2.3' });

  // The plan's code: unique in the service.
  const newCode = uniqueCode('TJ-DIASPORA-R');
  await page.goto(`${base()}/app/plans/${plan.id}/edit`);
  const planCode = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Code', exact: true }) });
  await planCode.getByRole('textbox', { name: 'Code' }).fill(newCode);
  await planCode.getByLabel('Reason').fill('the decree names it so');
  await planCode.getByRole('button', { name: 'Correct the code' }).click();
  await expect(page.getByText(new RegExp(`^${newCode} · `))).toBeVisible();
  expect(((await get(`/plans/${plan.id}`)) as { code: string }).code).toBe(newCode);
});
