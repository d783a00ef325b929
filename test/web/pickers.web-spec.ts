import { expect, test } from '@playwright/test';
import { anActivity, uniqueCode } from '../support/builders.js';
import { base, choose, expectAccessible, pageApi, signIn } from './support.js';

// A plan may hold thousands of activities: the decision form's pickers ask the API for the first
// twenty matches of what is typed, never for every activity or recommendation.
test('the decision form finds an activity among many by words of its title, accents and case ignored, asking for twenty at a time', async ({ page }) => {
  await signIn(page, 'admin');
  const api = await pageApi(page);
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const plan = (await api.get('/plans?pageSize=50')).items.find((p: { code: string }) => p.code === 'TJ-DIASPORA-2015-2020') as { id: string };
  const objectiveId = ((await api.get(`/plans/${plan.id}`)) as { objectives: { objectiveId: string }[] }).objectives[0].objectiveId;
  const organizations = (await api.get('/organizations?pageSize=200')).items as { id: string; acronym: string }[];
  const leadAgencyId = organizations.find((o) => o.acronym === 'MS')!.id;
  const record = (title: string) => api.post('/activities', anActivity({ planId: plan.id, objectiveId, leadAgencyId }, { code: uniqueCode('PK'), title }));
  for (let n = 1; n <= 24; n++) await record(`Borehole ${run} number ${n}`);
  const isfara = await record(`Borehole ${run} in Isfara`);
  await page.request.get(`${base()}/auth/me`, { headers: { 'x-min-position': isfara.position } });

  const asked: URL[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/activities' || url.pathname === '/recommendations') asked.push(url);
  });
  await page.goto(`${base()}/app/decisions/new`);
  await expect(page.getByRole('heading', { name: 'Record a decision' })).toBeVisible();

  // Twenty-five match the run: the first twenty are offered, and a last line says how many more typing would reach.
  const field = page.getByRole('textbox', { name: 'The activities it concerns' }).or(page.getByRole('combobox', { name: 'The activities it concerns' })).first();
  await field.click();
  await field.fill(`borehole ${run}`);
  await expect(page.getByRole('option', { name: /^PK/ })).toHaveCount(20);
  await expect(page.getByRole('option', { name: '5 more activities match: type more of the code or title' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectAccessible(page);

  // Words in any order, accents and case ignored: the one in Isfara alone.
  await choose(page, 'The activities it concerns', new RegExp(`^PK-[A-Z0-9-]+ · Borehole ${run} in Isfara$`), page, `ÍSFARA ${run.toLowerCase()}`);
  await expect(page.getByRole('option', { name: /more activities match/ })).toHaveCount(0);

  await page.getByLabel('Number').fill(`PK-${run}`);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Boreholes in Isfara');
  await page.getByLabel('Text of the decision').fill('The commission asks for a report on the boreholes.');
  await choose(page, 'Session', /^Session 2019\/2 /);
  await choose(page, 'Kind', 'Request a report');
  await choose(page, 'Responsible', /^MS · /);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('heading', { name: 'Decision tracker' })).toBeVisible();
  const recorded = (await api.get(`/decisions?q=PK-${run}`)).items as { relatedActivityIds: string[] }[];
  expect(recorded.map((d) => d.relatedActivityIds)).toEqual([[isfara.id]]);

  // Every question the form asked of the lists was for one page of twenty.
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.filter((url) => url.searchParams.get('pageSize') !== '20' || (url.searchParams.get('page') ?? '1') !== '1').map(String)).toEqual([]);
});
