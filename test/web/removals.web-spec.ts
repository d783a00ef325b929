import { expect, test, type Page } from '@playwright/test';
import { anActivity, anObjective, aPlan, uniqueCode } from '../support/builders.js';
import { base, choose, expectAccessible, pageApi, signIn, type Written } from './support.js';

interface History {
  items: { type: string; reason: string | null; data: { before: Record<string, unknown>; after: Record<string, unknown> } }[];
}

/** A value removed: the API's answer leaves it out (or says null). */
const expectRemoved = (value: unknown) => expect(value ?? null).toBeNull();

/** What the pages read next includes what was written through the API to set the test up. */
const readsInclude = async (page: Page, written: Written) => {
  await page.request.get(`${base()}/auth/me`, { headers: { 'x-min-position': written.position } });
};

const msOf = async (get: (path: string) => Promise<{ items: { id: string; acronym: string }[] }>) =>
  (await get('/organizations?pageSize=200')).items.find((o) => o.acronym === 'MS')!.id;

/**
 * A correction through the forms removes an optional value: a field that had one, emptied, sends null,
 * and the history keeps what it was. A meeting's place and plan; an activity indicator's baseline date and
 * roll-up; an activity's budget; a decision's due date.
 */
test('the secretariat removes a meeting’s place and plan through its corrections, with a reason', async ({ page }) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const planBody = aPlan({ title: { en: 'Remittance literacy for migrant families' } });
  const plan = await post('/plans', planBody);
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const meeting = await post('/meetings', {
    kind: 'workshop',
    heldOn: '2021-03-10',
    titles: { en: `Workshop on remittance literacy ${run}` },
    organizerIds: [await msOf(get)],
    place: 'Dushanbe',
    planId: plan.id,
  });
  await readsInclude(page, meeting);

  await page.goto(`${base()}/app/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { name: `Workshop on remittance literacy ${run}`, level: 1 })).toBeVisible();
  await expect(page.getByText('Workshop · 2021-03-10 · Dushanbe', { exact: true })).toBeVisible();
  const corrections = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Corrections', exact: true }) });
  await expect(corrections.getByRole('textbox', { name: 'Place' })).toHaveValue('Dushanbe');
  await expect(corrections.getByRole('combobox', { name: 'Plan', exact: true })).toHaveValue(planBody.code);

  await corrections.getByRole('textbox', { name: 'Place' }).fill('');
  await choose(page, 'Plan', 'No plan', corrections);
  await corrections.getByLabel('Reason').fill('the workshop was held online, outside any plan');
  await corrections.getByRole('button', { name: 'Correct the meeting' }).click();

  // The page reads the corrected record; the form starts again from it.
  await expect(page.getByText('Workshop · 2021-03-10', { exact: true })).toBeVisible();
  await expect(corrections.getByLabel('Reason')).toHaveValue('');
  await expect(corrections.getByRole('textbox', { name: 'Place' })).toHaveValue('');
  await expect(corrections.getByRole('combobox', { name: 'Plan', exact: true })).toHaveValue('No plan');

  const held = (await get(`/meetings/${meeting.id}`)) as { place?: string | null; planId?: string | null };
  expectRemoved(held.place);
  expectRemoved(held.planId);
  const history = (await get(`/meetings/${meeting.id}/history`)) as History;
  const amended = history.items.at(-1)!;
  expect(amended).toMatchObject({ type: 'MeetingAmended', reason: 'the workshop was held online, outside any plan' });
  // Only what changed: both fields, as they were and removed.
  expect(amended.data.before).toEqual({ place: 'Dushanbe', planId: plan.id });
  expect(amended.data.after).toEqual({ place: null, planId: null });
});

test('the secretariat removes an activity indicator’s baseline date and stops its roll-up, the form saying what stopping does', async ({ page }) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Legal aid for labour migrants abroad' } }));
  const { objectiveId } = await post(`/plans/${plan.id}/objectives`, anObjective({ title: 'Protection of labour migrants’ rights' }));
  const consulted = (
    await post(`/plans/${plan.id}/objectives/${objectiveId}/indicators`, { names: { en: 'Migrants given legal advice' }, unit: 'persons', baseline: 0, target: 2000 })
  ).indicatorId!;
  const activity = await post(
    '/activities',
    anActivity({ planId: plan.id, objectiveId: objectiveId!, leadAgencyId: await msOf(get) }, { code: uniqueCode('RM'), title: 'Legal aid desks in Moscow and Yekaterinburg' }),
  );
  const defined = await post(`/activities/${activity.id}/indicators`, {
    names: { en: 'Consultations given' },
    unit: 'persons',
    baseline: 0,
    baselineDate: '2015-12-31',
    target: 500,
    rollsUpTo: { objectiveIndicatorId: consulted, method: 'sum' },
  });
  await readsInclude(page, defined);
  const stored = ((await get(`/activities/${activity.id}`)) as { indicators: { indicatorId: string; baselineDate: string; rollsUpTo: object }[] }).indicators[0];

  await page.goto(`${base()}/app/activities/${activity.id}`);
  await expect(page.getByRole('heading', { name: 'Legal aid desks in Moscow and Yekaterinburg', level: 1 })).toBeVisible();
  const indicators = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Indicators', exact: true }) });
  await indicators.getByRole('button', { name: 'Revise Consultations given' }).click();
  const revising = page.getByRole('dialog', { name: 'Revise Consultations given' });
  const rollsUpTo = revising
    .getByRole('combobox', { name: 'Rolls up to', exact: true })
    .or(revising.getByRole('textbox', { name: 'Rolls up to', exact: true }))
    .first();
  await expect(revising.getByRole('textbox', { name: 'Baseline measured on' })).toHaveValue('2015-12-31');
  await expect(rollsUpTo).toHaveValue('Migrants given legal advice (persons)');
  await expect(revising).toContainText('To stop it rolling up, choose “Does not roll up”.');

  await revising.getByRole('textbox', { name: 'Baseline measured on' }).fill('');
  await choose(page, 'Rolls up to', 'Does not roll up', revising);
  await expect(rollsUpTo).toHaveValue('Does not roll up');
  // The form says what stopping does; how it rolls up is no longer asked.
  await expect(revising).toContainText(
    'Revised so, it no longer rolls up to Migrants given legal advice (persons): its reported values leave that objective indicator’s actual',
  );
  await expect(revising.getByRole('combobox', { name: 'How it rolls up' })).toHaveCount(0);
  await revising.getByLabel('Reason').fill('the desks’ consultations are counted by the embassy instead');
  await expectAccessible(page);
  await revising.getByRole('button', { name: 'Revise', exact: true }).click();
  await expect(revising).toHaveCount(0);
  const activityHistory = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'History', exact: true }) });
  await expect(activityHistory).toContainText('the desks’ consultations are counted by the embassy instead');

  const indicator = ((await get(`/activities/${activity.id}`)) as { indicators: { baselineDate?: string | null; rollsUpTo?: object | null }[] }).indicators[0];
  expectRemoved(indicator.baselineDate);
  expectRemoved(indicator.rollsUpTo);
  const history = (await get(`/activities/${activity.id}/history`)) as History;
  const revised = history.items.at(-1)!;
  expect(revised).toMatchObject({ type: 'IndicatorRevised', reason: 'the desks’ consultations are counted by the embassy instead' });
  expect(revised.data.before).toMatchObject({ baselineDate: stored.baselineDate, rollsUpTo: stored.rollsUpTo });
  expect(revised.data.after).toMatchObject({ baselineDate: null, rollsUpTo: null });
  // Its values no longer count in the objective indicator.
  const table = (await get(`/plans/${plan.id}/indicators`)) as { indicators: { indicatorId: string; rolledUpFrom: unknown[] }[] };
  expect(table.indicators.find((row) => row.indicatorId === consulted)).toMatchObject({ rolledUpFrom: [] });
});

test('the secretariat removes an activity’s budget by emptying its amount, with a reason', async ({ page }) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Diaspora bonds feasibility' } }));
  const { objectiveId } = await post(`/plans/${plan.id}/objectives`, anObjective());
  const activity = await post(
    '/activities',
    anActivity({ planId: plan.id, objectiveId: objectiveId!, leadAgencyId: await msOf(get) }, { code: uniqueCode('RB'), title: 'Feasibility study of a diaspora bond' }),
  );
  await readsInclude(page, activity);
  const { budget } = (await get(`/activities/${activity.id}`)) as { budget: { amount: string; currency: string } };

  await page.goto(`${base()}/app/activities/${activity.id}/edit`);
  const details = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Its details', exact: true }) });
  await expect(details.getByRole('textbox', { name: 'Amount' })).toHaveValue(budget.amount);
  await expect(details).toContainText('Empty the amount to remove the budget.');
  await details.getByRole('textbox', { name: 'Amount' }).fill('');
  await details.getByLabel('Reason').fill('the study is paid from the ministry’s running costs');
  await details.getByRole('button', { name: 'Correct the activity' }).click();

  // Back on the activity's page: no budget shown.
  await expect(page.getByRole('heading', { name: 'Feasibility study of a diaspora bond', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Budget: /)).toHaveCount(0);
  expectRemoved(((await get(`/activities/${activity.id}`)) as { budget?: object | null }).budget);
  const history = (await get(`/activities/${activity.id}/history`)) as History;
  const amended = history.items.at(-1)!;
  expect(amended).toMatchObject({ type: 'ActivityAmended', reason: 'the study is paid from the ministry’s running costs' });
  expect(amended.data.before).toMatchObject({ budget });
  expect(amended.data.after).toMatchObject({ budget: null });
});

test('the secretariat removes a decision’s due date, with a reason', async ({ page }) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const session = (await get('/commission/sessions?status=held&pageSize=1')).items[0] as { id: string };
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const decision = await post('/decisions', {
    sessionId: session.id,
    number: `RMV-${run}`,
    titles: { en: 'Study of a diaspora bond' },
    text: 'The Ministry of Finance studies issuing a bond to the diaspora.',
    kind: 'request_report',
    responsibleAgencyIds: [await msOf(get)],
    dueDate: '2026-12-31',
    relatedActivityIds: [],
    relatedRecommendationIds: [],
  });
  await readsInclude(page, decision);

  await page.goto(`${base()}/app/decisions/${decision.id}/edit`);
  await expect(page.getByRole('heading', { name: 'A decision: its course and corrections' })).toBeVisible();
  const details = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'What it says' }) });
  await expect(details.getByLabel('Due')).toHaveValue('2026-12-31');
  await details.getByLabel('Due').fill('');
  await details.getByLabel('Reason').fill('the session set no deadline');
  await details.getByRole('button', { name: 'Correct what it says' }).click();

  // Back on the tracker, the decision picked out.
  const row = page.locator('tr[aria-current="true"]');
  await expect(row).toContainText(`RMV-${run}`);
  await expect(row).not.toContainText('2026-12-31');
  expectRemoved(((await get(`/decisions/${decision.id}`)) as { dueDate?: string | null }).dueDate);
  const history = (await get(`/decisions/${decision.id}/history`)) as History;
  const amended = history.items.at(-1)!;
  expect(amended).toMatchObject({ type: 'DecisionAmended', reason: 'the session set no deadline' });
  expect(amended.data.before).toMatchObject({ dueDate: '2026-12-31' });
  expect(amended.data.after).toMatchObject({ dueDate: null });
});
