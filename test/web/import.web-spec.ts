import { expect, test, type Page } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

const PLAN = 'TJ-DIASPORA-2015-2020';
const HEADER = 'Objective,Code,Title (en),Title (ru),Lead agency,Partner agencies,Planned start,Planned end,Locations,Budget,Currency';
// Codes the demo plan does not have, under its objectives 3 and 5, led by agencies the demo data registers.
const FAIR = 'Diaspora mentoring fair in Khujand';
const REVIEW = 'Review of the activity matrix brought from the spreadsheet';
const fair = `3,3.5,${FAIR},Ярмарка наставничества диаспоры в Худжанде,Peshraft,ACTED,2019-03-01,2019-09-30,Khatlon/Kulob,15000.00,USD`;
const review = (partners: string, plannedEnd: string) => `5,5.4,${REVIEW},,MS,${partners},2019-06-01,${plannedEnd},,,`;

/** The demo plan's id, as the API lists it. */
async function demoPlan(page: Page): Promise<string> {
  const answer = await page.request.get(`${base()}/plans?pageSize=50`);
  expect(answer.status(), await answer.text()).toBe(200);
  const plans = (await answer.json()) as { items: { id: string; code: string }[] };
  return plans.items.find((p) => p.code === PLAN)!.id;
}

/** Chooses a CSV file made of these lines, typed as Windows browsers type a .csv where Excel is installed: the page sends it as text/csv by its name. */
async function chooseCsv(page: Page, name: string, lines: string[]): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.ms-excel', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) });
  await expect(page.getByRole('button', { name: 'Spreadsheet (.csv or .xlsx)' })).toContainText(name);
}

test('the secretariat imports a plan’s activities from a CSV file: problems by row and column, then a preview, then recorded once', async ({ page }) => {
  await signIn(page, 'admin');
  const planId = await demoPlan(page);

  // Reached from the plan's dashboard, beside the plan's other actions, and from the plan's activity list.
  await page.goto(`${base()}/app/activities?planId=${planId}`);
  await expect(page.getByRole('link', { name: 'Import activities' })).toHaveAttribute('href', `/app/plans/${planId}/import`);
  await page.goto(`${base()}/app/plans/${planId}`);
  await page.getByRole('link', { name: 'Import activities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import activities' })).toBeVisible();
  await expect(page.getByText(`${PLAN} · `)).toBeVisible();

  // The template is the plan's workbook to fill.
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the template (.xlsx)' }).click()]);
  expect(template.suggestedFilename()).toBe(`${PLAN}-activities.xlsx`);

  // A column the import does not know: the file's problem, above everything else.
  await chooseCsv(page, 'matrix.csv', [`${HEADER},Colour`, `${fair},red`]);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert')).toContainText('unknown column Colour; the columns are Objective, Code');
  await expect(page.getByRole('table', { name: 'Problems in the file' })).toHaveCount(0);

  // One bad row, naming an agency nobody registered and ending before it starts: each problem by its row and
  // column, in the sheet's words; nothing to import.
  await chooseCsv(page, 'matrix.csv', [HEADER, fair, review('IOM; MoLMPE; MLSP', '2019-01-31')]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert')).toContainText('1 of 2 rows cannot be imported; nothing was recorded');
  const problems = page.getByRole('table', { name: 'Problems in the file' }).getByRole('row');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(1).getByRole('cell')).toHaveText(['3', 'Partner agencies', /^no organisation MLSP is registered/]);
  await expect(problems.nth(2).getByRole('cell')).toHaveText(['3', 'Planned end', 'Planned end must not be before Planned start']);
  await expect(page.getByRole('button', { name: /^Import \d+ activit/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/web/import.png', fullPage: true });

  // Corrected: the rows that will be recorded. Whatever is sent for this file goes with one Idempotency-Key.
  const keys: { dryRun: boolean; key: string | undefined }[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/activities/import'))
      keys.push({ dryRun: request.url().includes('dryRun=true'), key: request.headers()['idempotency-key'] });
  });
  await chooseCsv(page, 'matrix-corrected.csv', [HEADER, fair, review('IOM; MoLMPE', '2019-12-31')]);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: '2 activities will be recorded' })).toBeVisible();
  const preview = page.getByRole('table', { name: '2 activities will be recorded' }).getByRole('row');
  await expect(preview).toHaveCount(3);
  await expect(preview.nth(1).getByRole('cell')).toHaveText(['2', '3.5', FAIR]);
  await expect(preview.nth(2).getByRole('cell')).toHaveText(['3', '5.4', REVIEW]);
  await expect(page.getByRole('table', { name: 'Problems in the file' })).toHaveCount(0);
  await expectAccessible(page);

  // A double click sends it once, with the key the check used. Its answer is lost on the way back (the rows were
  // recorded): sent again, with the same key, it answers what was recorded instead of refusing codes now taken.
  let lost = false;
  await page.route(
    (url) => url.pathname.endsWith('/activities/import') && !url.searchParams.has('dryRun'),
    async (route) => {
      if (lost) return route.continue();
      lost = true;
      expect((await route.fetch()).status()).toBe(201);
      await route.abort('connectionreset');
    },
  );
  await page.getByRole('button', { name: 'Import 2 activities' }).dblclick();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 activities' }).click();
  await expect(page.getByText('2 activities were recorded.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(keys[0].dryRun).toBe(true);
  expect(keys.filter((k) => !k.dryRun)).toHaveLength(2);
  expect(new Set(keys.map((k) => k.key))).toEqual(new Set([keys[0].key]));
  expect(keys[0].key).toMatch(/^[0-9a-f-]{36}$/);
  await page.getByRole('link', { name: 'Open them in the activities list' }).click();
  await expect(page).toHaveURL(new RegExp(`/app/activities\\?planId=${planId}&minPosition=`));
  await expect(page.getByRole('heading', { name: 'Activities' })).toBeVisible();
  await page.getByLabel('Search').fill(FAIR);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('row', { name: new RegExp(FAIR) })).toHaveCount(1);
  await expect(
    page
      .getByRole('row', { name: new RegExp(FAIR) })
      .getByRole('cell')
      .first(),
  ).toHaveText('3.5');
  // Recorded once, as the sheet said: titles in both languages, agencies by their acronyms, dates, budget.
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const organizations = (await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[];
  const idOf = (acronym: string) => organizations.find((o) => o.acronym === acronym)!.id;
  const imported = (await get(`/activities?planId=${planId}&code=3.5`)) as { total: number; items: Record<string, unknown>[] };
  expect(imported.total).toBe(1);
  expect(imported.items[0]).toMatchObject({
    titles: { en: FAIR, ru: 'Ярмарка наставничества диаспоры в Худжанде' },
    leadAgencyId: idOf('Peshraft'),
    partnerAgencyIds: [idOf('ACTED')],
    plannedStart: '2019-03-01',
    plannedEnd: '2019-09-30',
    budget: { amount: '15000.00', currency: 'USD' },
  });
  expect((await get(`/activities?planId=${planId}&code=5.4`)).total).toBe(1);
});

test('an agency focal point is told the import is not theirs, and the dashboard does not offer it', async ({ page }) => {
  await signIn(page, 'agency');
  const planId = await demoPlan(page);
  await page.goto(`${base()}/app/plans/${planId}`);
  await expect(page.getByText(PLAN).first()).toBeVisible();
  // The plan's links are there (the tracking table), the import is not among them.
  await expect(page.getByRole('link', { name: 'Indicator tracking table' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import activities' })).toHaveCount(0);
  await page.goto(`${base()}/app/plans/${planId}/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Import activities' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('there is nothing for you here');
  await expect(page.getByRole('button', { name: 'Check the file' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Download the template (.xlsx)' })).toHaveCount(0);
});
