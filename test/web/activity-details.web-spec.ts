import { expect, test, type Page } from '@playwright/test';
import { formatAmount } from '../../apps/web/src/format/amount.js';
import { base, expectAccessible, signIn } from './support.js';

interface Organization {
  id: string;
  name: string;
  acronym: string;
}

interface ActivityRecord {
  id: string;
  description: string | null;
  leadAgencyId: string;
  partnerAgencyIds: string[];
  tags: { sdg: string[]; gcm: string[] };
  percentComplete: number;
  budget: { amount: string; currency: string } | null;
  funding: { donorId: string; currency: string; committed: string; disbursed: string }[];
}

/** An activity of the demo 2015–2020 plan, as GET /activities/:id tells it. */
async function demoActivity(page: Page, code: string): Promise<ActivityRecord> {
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const plan = (await get('/plans?pageSize=50')).items.find((p: { code: string }) => p.code === 'TJ-DIASPORA-2015-2020');
  const listed = (await get(`/activities?planId=${plan.id}&code=${code}`)).items[0];
  return (await get(`/activities/${listed.id}`)) as ActivityRecord;
}

/** The activity page's card of details, under its heading in the interface's language. */
const detailsCard = (page: Page, heading = 'Details') =>
  page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

/** An amount grouped in thousands the English way, its two decimals kept. */
const GROUPED = /^\d{1,3}(,\d{3})*\.\d{2}$/;

test('amounts are grouped in the interface’s language, their decimals kept digit for digit', () => {
  expect(formatAmount('1625000.00', 'en')).toBe('1,625,000.00');
  // Russian and Tajik group with a (non-breaking) space and use a decimal comma.
  expect(formatAmount('1625000.00', 'ru')).toMatch(/^1\s625\s000,00$/);
  expect(formatAmount('1625000.00', 'tg')).toMatch(/^1\s625\s000,00$/);
  // Beyond a double's precision: through Number() this would read 12,345,678,901,234,568.
  expect(formatAmount('12345678901234567.89', 'en')).toBe('12,345,678,901,234,567.89');
  expect(formatAmount('1000', 'en')).toBe('1,000');
  expect(formatAmount('999.5', 'en')).toBe('999.5');
  expect(formatAmount('0.10', 'ru')).toBe('0,10');
  expect(formatAmount('-2500.75', 'en')).toBe('-2,500.75');
  expect(formatAmount('not an amount', 'en')).toBe('not an amount');
});

test('an activity’s page tells who leads it, its partners, its SDG and GCM tags and its progress as a number', async ({ page }) => {
  await signIn(page, 'admin');
  const activity = await demoActivity(page, '1.1');
  const organizations = (await (await page.request.get(`${base()}/organizations?pageSize=200`)).json()).items as Organization[];
  const agency = (id: string) => {
    const o = organizations.find((x) => x.id === id)!;
    return `${o.name} (${o.acronym})`;
  };
  // The demo's record has all of them: the page cannot pass by showing nothing.
  expect(activity.partnerAgencyIds.length).toBeGreaterThan(0);
  expect(activity.tags.sdg.length).toBeGreaterThan(0);
  expect(activity.tags.gcm.length).toBeGreaterThan(0);
  expect(activity.percentComplete).toBeGreaterThan(0);

  await page.goto(`${base()}/app/activities/${activity.id}`);
  const details = detailsCard(page);
  // Its lead agency by its full name (the Ministry, not an id), and its partners.
  await expect(details.getByText(`Lead agency: ${agency(activity.leadAgencyId)}`, { exact: true })).toBeVisible();
  await expect(details.getByText(`Partner agencies: ${activity.partnerAgencyIds.map(agency).join('; ')}`, { exact: true })).toBeVisible();
  for (const sdg of activity.tags.sdg) await expect(details.getByText(`SDG ${sdg}`, { exact: true })).toBeVisible();
  for (const gcm of activity.tags.gcm) await expect(details.getByText(`GCM ${gcm}`, { exact: true })).toBeVisible();
  await expect(details.getByText(activity.description ?? 'No description recorded.', { exact: true })).toBeVisible();
  // The progress bar's number, beside the bar and in its name.
  await expect(page.getByRole('progressbar', { name: `Progress ${activity.percentComplete} %` })).toBeVisible();
  await expect(page.getByRole('main').getByText(`${activity.percentComplete} %`, { exact: true })).toBeVisible();
  await expectAccessible(page);

  // In Russian, the same facts in its words.
  await page.getByText('RU', { exact: true }).click();
  const inRussian = detailsCard(page, 'Сведения');
  await expect(inRussian.getByText(`Ведущее ведомство: ${agency(activity.leadAgencyId)}`, { exact: true })).toBeVisible();
  await expect(inRussian.getByText('Задачи ЦУР:', { exact: true })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: `Выполнение ${activity.percentComplete} %` })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
});

test('money is grouped in thousands on the activity page, the plan’s dashboard and the donor’s portfolio, in the interface’s language', async ({ page }) => {
  await signIn(page, 'admin');
  const activity = await demoActivity(page, '2.1.2');
  expect(activity.budget, 'the demo activity has a budget of at least a thousand').not.toBeNull();
  expect(Number(activity.budget!.amount)).toBeGreaterThanOrEqual(1000);
  expect(activity.funding.length).toBeGreaterThan(0);

  await page.goto(`${base()}/app/activities/${activity.id}`);
  const details = detailsCard(page);
  const { amount, currency } = activity.budget!;
  await expect(details.getByText(`Budget: ${formatAmount(amount, 'en')} ${currency}`, { exact: true })).toBeVisible();
  await expect(details.getByText(new RegExp(`^Budget: \\d{1,3}(,\\d{3})+\\.\\d{2} ${currency}$`))).toBeVisible();
  const funding = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Funding', exact: true }) });
  const [first] = activity.funding;
  await expect(funding.getByRole('cell', { name: `${formatAmount(first.committed, 'en')} ${first.currency}`, exact: true }).first()).toBeVisible();
  await expect(funding.getByRole('cell', { name: `${formatAmount(first.disbursed, 'en')} ${first.currency}`, exact: true }).first()).toBeVisible();

  // Russian groups with spaces and writes a decimal comma.
  await page.getByText('RU', { exact: true }).click();
  await expect(detailsCard(page, 'Сведения').getByText(`Бюджет: ${formatAmount(amount, 'ru')} ${currency}`, { exact: true })).toBeVisible();
  await expect(detailsCard(page, 'Сведения').getByText(new RegExp(`^Бюджет: \\d{1,3}(\\s\\d{3})+,\\d{2} ${currency}$`))).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
  await expect(details.getByText(`Budget: ${formatAmount(amount, 'en')} ${currency}`, { exact: true })).toBeVisible();

  // The plan's budget table: every amount grouped, as the chart's axis beside it is.
  const plans = (await (await page.request.get(`${base()}/plans?pageSize=50`)).json()) as { items: { id: string; code: string }[] };
  await page.goto(`${base()}/app/plans/${plans.items.find((p) => p.code === 'TJ-DIASPORA-2015-2020')!.id}`);
  const budget = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Budget', exact: true }) });
  await expect(budget.locator('tbody tr').first()).toBeVisible();
  const amounts = await budget.locator('tbody td:not(:first-child)').allInnerTexts();
  expect(amounts.length).toBeGreaterThan(0);
  for (const text of amounts) expect(text).toMatch(GROUPED);
  expect(
    amounts.some((text) => text.includes(',')),
    'some amount of the demo plan reaches a thousand',
  ).toBe(true);

  // The EU's portfolio: its totals and each activity's funding.
  const eu = ((await (await page.request.get(`${base()}/organizations?pageSize=200`)).json()).items as Organization[]).find((o) => o.acronym === 'EU')!;
  await page.goto(`${base()}/app/donors/${eu.id}`);
  await expect(page.getByText(/^Committed: \d{1,3}(,\d{3})+\.\d{2}$/).first()).toBeVisible();
  await expect(page.getByRole('cell').getByText(/^\d{1,3}(,\d{3})+\.\d{2} [A-Z]{3}$/).first()).toBeVisible();
});
