import { expect, test } from '@playwright/test';
import { anObjective, aPlan } from '../support/builders.js';
import { base, expectAccessible, pageApi, signIn } from './support.js';

interface PlanAnswer {
  status: string;
  periodEnd: string;
  closedOn: string | null;
  closeReason: string | null;
  revisions: { on: string; changes: Record<string, unknown>; reason: string }[];
  objectives: { code: string; children: { code: string }[] }[];
}
interface HistoryAnswer {
  items: { type: string; reason: string | null; effectiveOn: string | null }[];
}

/**
 * The plan's course from its record page: an adopted plan revised at its mid-term review (a period ending
 * before the adoption refused beside the field), an objective entered twice removed (the one with a
 * sub-objective not offered for removal), then the plan closed; each with its reason, in its history.
 */
test('the secretariat revises an adopted plan from a date, removes an objective entered by mistake and closes the plan, each with its reason', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const drafted = aPlan({ title: { en: 'Diaspora investment programme', ru: 'Программа инвестиций диаспоры' } });
  const plan = await post('/plans', drafted);
  const first = await post(`/plans/${plan.id}/objectives`, anObjective({ code: '1', title: 'Diaspora investment in local development' }));
  await post(
    `/plans/${plan.id}/objectives`,
    anObjective({ code: '1.1', title: 'Matching grants for diaspora investors', parentObjectiveId: first.objectiveId }),
  );
  await post(`/plans/${plan.id}/objectives`, anObjective({ code: '2', title: 'Remittances invested in local development' }));
  const adopted = await post(`/plans/${plan.id}/adopt`, { adoptedOn: '2015-03-03', instrument: 'Government Decree No. 97' });
  // The page reads what the read models hold: the adoption first.
  await page.request.get(`${base()}/auth/me`, { headers: { 'x-min-position': adopted.position } });

  await page.goto(`${base()}/app/plans/${plan.id}/edit`);
  const card = (heading: string) => page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
  await expect(page.getByText('Adopted', { exact: true })).toBeVisible();

  // Every objective listed, the sub-objective under its own; objective 1 has a sub-objective: no "Remove" for it.
  const objectives = card('Objectives');
  await expect(objectives.getByRole('row')).toHaveCount(3);
  await expect(objectives.getByRole('button', { name: 'Remove objective 1', exact: true })).toHaveCount(0);
  await expect(objectives.getByRole('button', { name: 'Remove objective 1.1', exact: true })).toBeVisible();

  // The mid-term review: the period extended, from the day of the decree.
  const revisions = card('Revisions');
  await expect(revisions).toContainText('The plan has not been revised.');
  await revisions.getByRole('button', { name: 'Revise the plan' }).click();
  const revise = page.getByRole('dialog');
  await expect(revise.getByRole('textbox', { name: 'Period end' })).toHaveValue('2020-12-31');
  await revise.getByRole('textbox', { name: 'Period end' }).fill('2015-02-28');
  await revise.getByRole('textbox', { name: 'In force from' }).fill('2018-06-30');
  await revise.getByRole('textbox', { name: 'Reason' }).fill('Mid-term review: period extended by Government Decree No. 412');
  await revise.getByRole('button', { name: 'Record the revision' }).click();
  // A period ending before the plan was adopted: the API's refusal beside the field, nothing recorded.
  await expect(revise.getByRole('textbox', { name: 'Period end' })).toHaveAttribute('aria-invalid', 'true');
  await expect(revise.getByText('the plan was adopted on 2015-03-03, after the revised period end 2015-02-28').first()).toBeVisible();
  await expectAccessible(page);
  await revise.getByRole('textbox', { name: 'Period end' }).fill('2021-12-31');
  await revise.getByRole('button', { name: 'Record the revision' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(`${drafted.code} · 2015-01-01 – 2021-12-31`)).toBeVisible();
  await expect(revisions.getByRole('listitem')).toHaveText([
    'From 2018-06-30: Period end: 2021-12-31 — Mid-term review: period extended by Government Decree No. 412',
  ]);

  // Objective 2 was entered by mistake: removed, with the reason.
  await objectives.getByRole('button', { name: 'Remove objective 2', exact: true }).click();
  const removal = page.getByRole('dialog');
  await expect(removal).toContainText('2 · Remittances invested in local development');
  await removal.getByRole('textbox', { name: 'Reason' }).fill('entered twice: objective 1 already covers it');
  await removal.getByRole('button', { name: 'Remove the objective' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(objectives.getByRole('row')).toHaveCount(2);
  await expect(objectives.getByRole('cell', { name: 'Remittances invested in local development' })).toHaveCount(0);

  // Closing: what it means for the activities and reports is said before it is done.
  const closing = card('Closing the plan');
  await expect(closing).toContainText('The activities already under it are not closed or re-checked');
  await closing.getByRole('button', { name: 'Close the plan' }).click();
  const close = page.getByRole('dialog');
  await close.getByRole('textbox', { name: 'Closed on' }).fill('2021-12-31');
  await close.getByRole('textbox', { name: 'Reason' }).fill('Period ended; final report presented to the commission');
  await close.getByRole('button', { name: 'Close the plan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
  await expect(page.getByText('Closed on 2021-12-31: Period ended; final report presented to the commission')).toBeVisible();
  // Closed is where it ends: neither revised nor closed again, no objective added; its revisions stay listed.
  await expect(page.getByRole('heading', { name: 'Closing the plan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Revise the plan' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Add an objective' })).toHaveCount(0);
  // Nor a new reporting calendar: the plan takes none once closed.
  await expect(page.getByRole('heading', { name: 'Reporting cycle' })).toHaveCount(0);
  await expect(revisions.getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page);

  const after = (await get(`/plans/${plan.id}`)) as PlanAnswer;
  expect(after).toMatchObject({
    status: 'closed',
    periodEnd: '2021-12-31',
    closedOn: '2021-12-31',
    closeReason: 'Period ended; final report presented to the commission',
    revisions: [{ on: '2018-06-30', changes: { periodEnd: '2021-12-31' }, reason: 'Mid-term review: period extended by Government Decree No. 412' }],
  });
  expect(after.objectives.map((o) => [o.code, o.children.map((c) => c.code)])).toEqual([['1', ['1.1']]]);
  const history = (await get(`/plans/${plan.id}/history`)) as HistoryAnswer;
  const course = history.items.filter((e) => ['PlanRevised', 'ObjectiveRemoved', 'PlanClosed'].includes(e.type));
  // One revision: the refused one recorded nothing.
  expect(course.map((e) => [e.type, e.reason])).toEqual([
    ['PlanRevised', 'Mid-term review: period extended by Government Decree No. 412'],
    ['ObjectiveRemoved', 'entered twice: objective 1 already covers it'],
    ['PlanClosed', 'Period ended; final report presented to the commission'],
  ]);
  expect([course[0].effectiveOn, course[2].effectiveOn]).toEqual(['2018-06-30', '2021-12-31']);
});
