import { expect, test } from '@playwright/test';
import { anActivity, anObjective, aPlan, uniqueCode } from '../support/builders.js';
import { base, choose, expectAccessible, pageApi, signIn } from './support.js';

interface HistoryItems {
  items: { type: string; reason: string | null }[];
}

/**
 * The results framework of a plan of its own, built from its pages: a dimension added (a code with a space
 * refused beside the field) and corrected, an objective's indicator defined with targets by year and
 * revised, and an activity's indicator retired, each correction's reason kept in the history.
 */
test('the secretariat builds a plan’s results framework: a dimension added and corrected, an objective indicator defined and revised, an activity indicator retired', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const plan = await post('/plans', aPlan({ title: { en: 'Diaspora advisory services' } }));
  const { objectiveId } = await post(`/plans/${plan.id}/objectives`, anObjective());
  const ms = ((await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[]).find((o) => o.acronym === 'MS')!.id;
  const activity = await post('/activities', anActivity({ planId: plan.id, objectiveId: objectiveId!, leadAgencyId: ms }, { code: uniqueCode('RF') }));
  const { indicatorId } = await post(`/activities/${activity.id}/indicators`, { names: { en: 'Investors advised' }, unit: 'persons', baseline: 0, target: 40 });

  // The plan's record offers its results framework; so does its dashboard, where the secretariat starts.
  await page.goto(`${base()}/app/plans/${plan.id}/edit`);
  await expect(page.getByRole('button', { name: 'Open the results framework' })).toBeVisible();
  await page.goto(`${base()}/app/plans/${plan.id}`);
  await page.getByRole('link', { name: 'Results framework' }).click();
  await expect(page).toHaveURL(new RegExp(`/app/plans/${plan.id}/results$`));
  await expect(page.getByRole('heading', { name: 'Results framework', level: 1 })).toBeVisible();
  await expect(page.getByText('No dimensions yet.')).toBeVisible();

  // A dimension with its names in three languages and two categories; a code with a space is refused beside the field.
  await page.getByRole('button', { name: 'Add a dimension' }).click();
  const adding = page.getByRole('dialog', { name: 'Add a dimension' });
  const dimensionCode = adding.getByRole('textbox', { name: 'Dimension code' });
  await dimensionCode.fill('by sex');
  await adding.getByRole('textbox', { name: 'Dimension name (English)' }).fill('Sex');
  await adding.getByRole('textbox', { name: 'Dimension name (Russian)' }).fill('Пол');
  await adding.getByRole('textbox', { name: 'Dimension name (Tajik)' }).fill('Ҷинс');
  const female = adding.getByRole('group', { name: 'Category 1' });
  await female.getByRole('textbox', { name: 'Code' }).fill('female');
  await female.getByRole('textbox', { name: 'Name (English)' }).fill('Female');
  await female.getByRole('textbox', { name: 'Name (Russian)' }).fill('Женщины');
  await female.getByRole('textbox', { name: 'Name (Tajik)' }).fill('Занон');
  await adding.getByRole('button', { name: 'Add a category' }).click();
  const male = adding.getByRole('group', { name: 'Category 2' });
  await male.getByRole('textbox', { name: 'Code' }).fill('male');
  await male.getByRole('textbox', { name: 'Name (English)' }).fill('Male');
  await male.getByRole('textbox', { name: 'Name (Russian)' }).fill('Мужчины');
  await male.getByRole('textbox', { name: 'Name (Tajik)' }).fill('Мардон');
  await adding.getByRole('button', { name: 'Add the dimension' }).click();
  await expect(dimensionCode).toHaveAttribute('aria-invalid', 'true');
  await expect(adding.getByText(/code must be 1.40 letters/).first()).toBeVisible();
  await expectAccessible(page);
  await dimensionCode.fill('sex');
  await adding.getByRole('button', { name: 'Add the dimension' }).click();
  await expect(adding).toHaveCount(0);
  const catalogue = page.getByRole('table', { name: 'Disaggregation catalogue' });
  await expect(catalogue.getByRole('row').nth(1)).toContainText('Female, Male');

  // Corrected: a category renamed, with a reason.
  await catalogue.getByRole('button', { name: 'Correct Sex' }).click();
  const correcting = page.getByRole('dialog', { name: 'Correct the dimension Sex' });
  await expect(correcting.getByRole('group', { name: 'Category 1' }).getByRole('textbox', { name: 'Code' })).toHaveValue('female');
  await correcting.getByRole('group', { name: 'Category 1' }).getByRole('textbox', { name: 'Name (English)' }).fill('Women and girls');
  await correcting.getByLabel('Reason').fill('the survey counts girls too');
  await correcting.getByRole('button', { name: 'Correct the dimension' }).click();
  await expect(correcting).toHaveCount(0);
  await expect(catalogue.getByRole('row').nth(1)).toContainText('Women and girls, Male');

  // The objective's indicator: targets for two years, the final one taken from the last, broken down by sex.
  const objective = page.getByRole('region', { name: 'Objective 2', exact: true });
  await expect(objective.getByText('No indicators for this objective yet.')).toBeVisible();
  await objective.getByRole('button', { name: 'Define an indicator for objective 2' }).click();
  const defining = page.getByRole('dialog', { name: 'Define an indicator for objective 2' });
  await defining.getByRole('textbox', { name: 'Indicator name' }).fill('Diaspora investors advised');
  await defining.getByRole('textbox', { name: 'Unit', exact: true }).fill('persons');
  await defining.getByRole('textbox', { name: 'Baseline', exact: true }).fill('0');
  await defining.getByRole('textbox', { name: 'Baseline measured on' }).fill('2015-12-31');
  await defining.getByRole('textbox', { name: 'Target 2016', exact: true }).fill('100');
  await defining.getByRole('textbox', { name: 'Target 2018', exact: true }).fill('400');
  await choose(page, 'Broken down by', 'Sex', defining);
  await defining.getByRole('button', { name: 'Define the indicator' }).click();
  await expect(defining).toHaveCount(0);
  const row = objective.getByRole('row').filter({ hasText: 'Diaspora investors advised' });
  await expect(row).toContainText('2016: 100 · 2018: 400');
  await expect(row).toContainText('Sex');
  await expectAccessible(page);

  // Revised with a reason: the 2018 milestone and the final target raised.
  await row.getByRole('button', { name: 'Revise Diaspora investors advised' }).click();
  const revising = page.getByRole('dialog', { name: 'Revise Diaspora investors advised' });
  await expect(revising.getByRole('textbox', { name: 'Final target' })).toHaveValue('400');
  await revising.getByRole('textbox', { name: 'Target 2018', exact: true }).fill('450');
  await revising.getByRole('textbox', { name: 'Final target' }).fill('450');
  await revising.getByLabel('Reason').fill('raised after the mid-term review');
  await revising.getByRole('button', { name: 'Revise', exact: true }).click();
  await expect(revising).toHaveCount(0);
  await expect(row).toContainText('2016: 100 · 2018: 450');
  const changes = page.getByRole('list', { name: 'Changes to the framework' });
  await expect(changes).toContainText('raised after the mid-term review');
  await expect(changes).toContainText('the survey counts girls too');

  // What the API holds: the catalogue corrected, the indicator revised, both reasons in the plan's history.
  const catalogueHeld = (await get(`/plans/${plan.id}/disaggregations`)) as { dimensions: unknown[] };
  expect(catalogueHeld.dimensions).toMatchObject([
    {
      code: 'sex',
      names: { en: 'Sex', ru: 'Пол', tg: 'Ҷинс' },
      exhaustive: true,
      categories: [
        { code: 'female', names: { en: 'Women and girls', ru: 'Женщины', tg: 'Занон' } },
        { code: 'male', names: { en: 'Male', ru: 'Мужчины', tg: 'Мардон' } },
      ],
    },
  ]);
  const planHeld = (await get(`/plans/${plan.id}`)) as { objectiveIndicators: unknown[] };
  expect(planHeld.objectiveIndicators).toMatchObject([
    {
      objectiveId,
      names: { en: 'Diaspora investors advised' },
      unit: 'persons',
      type: 'number',
      direction: 'increase',
      baseline: 0,
      baselineDate: '2015-12-31',
      target: 450,
      targets: [
        { year: 2016, value: 100 },
        { year: 2018, value: 450 },
      ],
      disaggregations: ['sex'],
    },
  ]);
  const planHistory = (await get(`/plans/${plan.id}/history`)) as HistoryItems;
  expect(planHistory.items.filter((e) => ['DisaggregationAmended', 'ObjectiveIndicatorRevised'].includes(e.type)).map((e) => [e.type, e.reason])).toEqual([
    ['DisaggregationAmended', 'the survey counts girls too'],
    ['ObjectiveIndicatorRevised', 'raised after the mid-term review'],
  ]);

  // The activity's own indicator retired from its page: the dialog says what that means first.
  await page.goto(`${base()}/app/activities/${activity.id}`);
  await page.getByRole('button', { name: 'Retire Investors advised' }).click();
  const retiring = page.getByRole('dialog', { name: 'Retire Investors advised' });
  await expect(retiring).toContainText('no longer tracked');
  await expect(retiring).toContainText('new reports can no longer give it a value');
  await retiring.getByLabel('Reason').fill('replaced by the objective indicator');
  await expectAccessible(page);
  await retiring.getByRole('button', { name: 'Retire', exact: true }).click();
  await expect(retiring).toHaveCount(0);
  const indicators = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Indicators', exact: true }) });
  await expect(indicators.getByText('Retired', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retire Investors advised' })).toHaveCount(0);

  const activityHeld = (await get(`/activities/${activity.id}`)) as { indicators: { indicatorId: string; retired?: boolean }[] };
  expect(activityHeld.indicators.find((i) => i.indicatorId === indicatorId)).toMatchObject({ retired: true });
  const activityHistory = (await get(`/activities/${activity.id}/history`)) as HistoryItems;
  expect(activityHistory.items.at(-1)).toMatchObject({ type: 'IndicatorRetired', reason: 'replaced by the objective indicator' });

  // A new report no longer asks for it.
  await page.goto(`${base()}/app/activities/${activity.id}/report`);
  await expect(page.getByRole('heading', { name: 'Report progress' })).toBeVisible();
  await expect(page.getByLabel('Percent complete')).toBeVisible();
  await expect(page.getByLabel(/Investors advised/)).toHaveCount(0);
});
