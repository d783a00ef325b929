import { expect, test, type Page } from '@playwright/test';
import { anActivity, anObjective, aPlan, aProgressReport, uniqueCode } from '../support/builders.js';
import { base, expectAccessible, pageApi, signIn } from './support.js';

/** A new activity of a plan of its own (a report counts once posted), with a commitment and a disbursement by IOM and one report: what the page corrects. */
async function fundedActivity(page: Page) {
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Remittance literacy programme' }, periodStart: '2011-01-01', periodEnd: '2014-12-31' }));
  const { objectiveId } = (await post(`/plans/${plan.id}/objectives`, anObjective())) as unknown as { objectiveId: string };
  const organizations = (await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[];
  const [ms, iom] = ['MS', 'IOM'].map((acronym) => organizations.find((o) => o.acronym === acronym)!.id);
  const { id } = await post(
    '/activities',
    anActivity(
      { planId: plan.id, objectiveId, leadAgencyId: ms },
      { code: uniqueCode('FE'), title: 'Remittance literacy courses', plannedStart: '2012-01-01', plannedEnd: '2013-06-30' },
    ),
  );
  await post(`/activities/${id}/funding-commitments`, {
    donorId: iom,
    money: { amount: '40000.00', currency: 'EUR' },
    committedOn: '2012-02-01',
    reference: 'IOM-2012-7',
  });
  await post(`/activities/${id}/disbursements`, { donorId: iom, money: { amount: '15000.00', currency: 'EUR' }, disbursedOn: '2012-03-01' });
  await post(`/activities/${id}/start`, { startedOn: '2012-01-10' });
  await post(`/activities/${id}/progress-reports`, aProgressReport({ periodStart: '2012-01-01', periodEnd: '2012-06-30' }));
  return id;
}

test('the secretariat reverses funding entries recorded by mistake: a commitment still disbursed against is refused, the disbursement first', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const id = await fundedActivity(page);
  await page.goto(`${base()}/app/activities/${id}`);
  const entries = page.getByRole('table', { name: 'Funding entries' });
  await expect(entries.getByRole('row')).toHaveCount(3);
  await expect(entries.getByRole('row').nth(1)).toContainText('2012-02-01');
  await expect(entries.getByRole('row').nth(1)).toContainText('IOM-2012-7');

  // The commitment first: the 15,000 disbursed would be above what is left committed.
  await page.getByRole('button', { name: /^Reverse Commitment 2012-02-01/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Reverse Commitment/ });
  await dialog.getByLabel('Reason').fill('entered under the wrong activity');
  await dialog.getByRole('button', { name: 'Reverse' }).click();
  await expect(dialog.getByRole('alert')).toContainText('disbursed');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Stay here' }).click();

  // The disbursement, then the commitment: both marked reversed, with their reasons; IOM no longer funds it.
  await page.getByRole('button', { name: /^Reverse Disbursement 2012-03-01/ }).click();
  const second = page.getByRole('dialog', { name: /^Reverse Disbursement/ });
  await second.getByLabel('Reason').fill('entered under the wrong activity');
  await second.getByRole('button', { name: 'Reverse' }).click();
  await expect(entries.getByRole('row').nth(2)).toContainText('Reversed');
  await page.getByRole('button', { name: /^Reverse Commitment 2012-02-01/ }).click();
  await dialog.getByLabel('Reason').fill('entered under the wrong activity');
  await dialog.getByRole('button', { name: 'Reverse' }).click();
  await expect(entries.getByRole('row').nth(1)).toContainText('Reversed');
  await expect(entries.getByRole('row').nth(1)).toContainText('entered under the wrong activity');
  await expect(page.getByRole('table', { name: 'Funding', exact: true }).getByRole('row', { name: /IOM/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Reverse / })).toHaveCount(0);
  await expectAccessible(page);

  const history = (await (await page.request.get(`${base()}/activities/${id}/history`)).json()) as { items: { type: string; reason: string | null }[] };
  expect(history.items.filter((e) => e.type.endsWith('Reversed')).map((e) => [e.type, e.reason])).toEqual([
    ['FundsDisbursementReversed', 'entered under the wrong activity'],
    ['FundsCommitmentReversed', 'entered under the wrong activity'],
  ]);
});

test('a report filed for the wrong period is withdrawn from the activity’s page, with a reason', async ({ page }) => {
  await signIn(page, 'admin');
  const id = await fundedActivity(page);
  await page.goto(`${base()}/app/activities/${id}`);
  const reports = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Progress reports', exact: true }) });
  await expect(reports.getByRole('listitem')).toHaveCount(1);
  await reports.getByRole('button', { name: 'Withdraw 2012-01-01 – 2012-06-30' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('filed for the wrong activity');
  await page.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
  await expect(reports.getByRole('listitem')).toHaveCount(0);
  const history = (await (await page.request.get(`${base()}/activities/${id}/history`)).json()) as { items: { type: string; reason: string | null }[] };
  expect(history.items.at(-1)).toMatchObject({ type: 'ActivityProgressWithdrawn', reason: 'filed for the wrong activity' });
});
