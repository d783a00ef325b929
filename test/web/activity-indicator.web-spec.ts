import { expect, test } from '@playwright/test';
import { anActivity, anObjective, aPlan, uniqueCode } from '../support/builders.js';
import { base, choose, expectAccessible, pageApi, signIn } from './support.js';

interface TrackingRows {
  indicators: { indicatorId: string }[];
}

/**
 * An activity's indicator set up for monitoring from the activity's page, on a plan of its own with a
 * dimension and two objective indicators (a number and a percentage): defined with its type, baseline
 * date, targets for two years, a dimension and the objective indicator it rolls up to (a target a
 * percentage cannot have refused beside its year's box first), then revised with a reason; what the page
 * shows, the activity and the plan's tracking table then hold.
 */
test('the secretariat defines an activity indicator with its type, targets by year, a dimension and the objective indicator it rolls up to, and revises it', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Counselling of returning migrants', ru: 'Консультирование возвращающихся мигрантов' } }));
  const { objectiveId } = await post(`/plans/${plan.id}/objectives`, anObjective({ title: 'Reintegration of returning migrants' }));
  await post(`/plans/${plan.id}/disaggregations`, {
    code: 'sex',
    names: { en: 'Sex', ru: 'Пол', tg: 'Ҷинс' },
    exhaustive: true,
    categories: [
      { code: 'female', names: { en: 'Female' } },
      { code: 'male', names: { en: 'Male' } },
    ],
  });
  const counselled = (
    await post(`/plans/${plan.id}/objectives/${objectiveId}/indicators`, {
      names: { en: 'Returning migrants counselled' },
      unit: 'persons',
      baseline: 0,
      targets: [
        { year: 2016, value: 500 },
        { year: 2017, value: 1200 },
      ],
      disaggregations: ['sex'],
    })
  ).indicatorId!;
  // A percentage: an activity's number cannot roll up to it, so it is not offered.
  const certified = (
    await post(`/plans/${plan.id}/objectives/${objectiveId}/indicators`, {
      names: { en: 'Counsellors certified' },
      type: 'percentage',
      unit: '%',
      baseline: 0,
      target: 80,
    })
  ).indicatorId!;
  const ms = ((await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[]).find((o) => o.acronym === 'MS')!.id;
  const activity = await post(
    '/activities',
    anActivity(
      { planId: plan.id, objectiveId: objectiveId!, leadAgencyId: ms },
      { code: uniqueCode('AI'), title: 'Hotline counselling for returning migrants' },
    ),
  );

  await page.goto(`${base()}/app/activities/${activity.id}`);
  await expect(page.getByRole('heading', { name: 'Hotline counselling for returning migrants', level: 1 })).toBeVisible();
  const indicators = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Indicators', exact: true }) });
  await indicators.getByRole('button', { name: 'Define an indicator' }).click();

  // Entered first as a percentage: a year's target above 100 is refused beside that year's box.
  await indicators.getByRole('textbox', { name: 'Indicator name' }).fill('Counselling sessions held');
  await indicators.getByRole('textbox', { name: 'Unit', exact: true }).fill('sessions');
  await indicators.getByRole('textbox', { name: 'Baseline', exact: true }).fill('0');
  await indicators.getByRole('textbox', { name: 'Baseline measured on' }).fill('2015-12-31');
  await choose(page, 'Type', 'Percentage (0–100)', indicators);
  await indicators.getByRole('textbox', { name: 'Final target' }).fill('90');
  const target2016 = indicators.getByRole('textbox', { name: 'Target 2016', exact: true });
  await target2016.fill('150');
  await indicators.getByRole('button', { name: 'Define an indicator' }).click();
  await expect(target2016).toHaveAttribute('aria-invalid', 'true');
  await expect(indicators.getByText(/is a percentage: between 0 and 100/).first()).toBeVisible();
  await expectAccessible(page);

  // A number after all: targets for two years (the final target left to the last), broken down by sex,
  // rolling up to the number objective indicator; the percentage one is not offered.
  await choose(page, 'Type', 'Number', indicators);
  await indicators.getByRole('textbox', { name: 'Final target' }).fill('');
  await target2016.fill('100');
  await indicators.getByRole('textbox', { name: 'Target 2017', exact: true }).fill('250');
  await choose(page, 'Broken down by', 'Sex', indicators);
  const rollsUpTo = indicators
    .getByRole('combobox', { name: 'Rolls up to', exact: true })
    .or(indicators.getByRole('textbox', { name: 'Rolls up to', exact: true }));
  await rollsUpTo.first().click();
  await expect(page.getByRole('option', { name: 'Returning migrants counselled (persons)' })).toBeVisible();
  await expect(page.getByRole('option', { name: /Counsellors certified/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await choose(page, 'Rolls up to', 'Returning migrants counselled (persons)', indicators);
  await expect(indicators.getByRole('combobox', { name: 'How it rolls up' })).toHaveValue(/^Sum:/);
  await indicators.getByRole('button', { name: 'Define an indicator' }).click();
  await expect(indicators.getByRole('textbox', { name: 'Indicator name' })).toHaveCount(0);
  await expect(indicators.getByText('Counselling sessions held (sessions)')).toBeVisible();
  await expect(indicators).toContainText('Target 250');

  // Revised with a reason: the form opens with what is held; the 2017 target raised, the final one left to it.
  await indicators.getByRole('button', { name: 'Revise Counselling sessions held' }).click();
  const revising = page.getByRole('dialog', { name: 'Revise Counselling sessions held' });
  await expect(revising.getByRole('combobox', { name: 'Type', exact: true })).toHaveValue('Number');
  await expect(revising.getByRole('textbox', { name: 'Baseline measured on' })).toHaveValue('2015-12-31');
  await expect(revising.getByRole('textbox', { name: 'Target 2016', exact: true })).toHaveValue('100');
  await expect(revising.getByRole('textbox', { name: 'Target 2017', exact: true })).toHaveValue('250');
  await expect(revising.getByRole('textbox', { name: 'Final target' })).toHaveValue('250');
  await expect(
    revising
      .getByRole('combobox', { name: 'Rolls up to', exact: true })
      .or(revising.getByRole('textbox', { name: 'Rolls up to', exact: true }))
      .first(),
  ).toHaveValue('Returning migrants counselled (persons)');
  await expect(revising).toContainText('To stop it rolling up, choose “Does not roll up”.');
  await revising.getByRole('textbox', { name: 'Target 2017', exact: true }).fill('300');
  await revising.getByRole('textbox', { name: 'Final target' }).fill('');
  await revising.getByLabel('Reason').fill('the hotline also answers on weekends');
  await expectAccessible(page);
  await revising.getByRole('button', { name: 'Revise', exact: true }).click();
  await expect(revising).toHaveCount(0);
  await expect(indicators).toContainText('Target 300');
  const history = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'History', exact: true }) });
  await expect(history).toContainText('Indicator revised');
  await expect(history).toContainText('the hotline also answers on weekends');

  // What the activity holds.
  const held = (await get(`/activities/${activity.id}`)) as { indicators: { indicatorId: string }[] };
  expect(held.indicators).toMatchObject([
    {
      names: { en: 'Counselling sessions held' },
      unit: 'sessions',
      type: 'number',
      direction: 'increase',
      baseline: 0,
      baselineDate: '2015-12-31',
      target: 300,
      targets: [
        { year: 2016, value: 100 },
        { year: 2017, value: 300 },
      ],
      disaggregations: ['sex'],
      rollsUpTo: { objectiveIndicatorId: counselled, method: 'sum' },
    },
  ]);
  const indicatorId = held.indicators[0].indicatorId;
  const activityHistory = (await get(`/activities/${activity.id}/history`)) as { items: { type: string; reason: string | null }[] };
  expect(activityHistory.items.at(-1)).toMatchObject({ type: 'IndicatorRevised', reason: 'the hotline also answers on weekends' });

  // The plan's tracking table: the objective indicator rolled up from it, the activity's row as revised.
  const table = (await get(`/plans/${plan.id}/indicators`)) as TrackingRows;
  const rowOf = (id: string) => table.indicators.find((row) => row.indicatorId === id);
  expect(rowOf(counselled)).toMatchObject({ level: 'objective', rolledUpFrom: [{ activityId: activity.id, indicatorId, method: 'sum' }] });
  expect(rowOf(certified)).toMatchObject({ level: 'objective', rolledUpFrom: [] });
  expect(rowOf(indicatorId)).toMatchObject({
    level: 'activity',
    activityId: activity.id,
    type: 'number',
    target: 300,
    targets: [
      { year: 2016, value: 100 },
      { year: 2017, value: 300 },
    ],
    disaggregations: ['sex'],
    rollsUpTo: { objectiveIndicatorId: counselled, method: 'sum' },
  });
});
