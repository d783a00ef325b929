import { expect, test, type Page } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A commission of many years: more decisions than a page holds. Those made here are due far ahead (after
 * every other decision of the demo data, which the other tests find on the first page), but for three
 * due within the month.
 */
async function manyDecisions(page: Page) {
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const session = (await get('/commission/sessions?status=held&pageSize=1')).items[0] as { id: string };
  const organizations = (await get('/organizations?pageSize=200')).items as { id: string; acronym: string; kind: string }[];
  const ms = organizations.find((o) => o.acronym === 'MS')!;
  const other = organizations.find((o) => o.acronym !== 'MS' && o.kind !== 'donor')!;
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const made: { id: string; number: string; dueDate: string; mine: boolean }[] = [];
  let position = '';
  for (let i = 0; i < 55; i++) {
    const soon = i < 3;
    const decision = {
      number: `TRK-${run}-${String(i).padStart(2, '0')}`,
      dueDate: soon ? inDays(5 + i) : `2190-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      mine: i % 2 === 0,
    };
    const response = await page.request.post(`${base()}/decisions`, {
      headers: { 'x-csrf-token': me.csrfToken, origin: base() },
      data: {
        sessionId: session.id,
        number: decision.number,
        title: `Tracker decision ${i}`,
        text: 'A decision of a long-running commission.',
        kind: 'other',
        responsibleAgencyIds: [decision.mine ? ms.id : other.id],
        dueDate: decision.dueDate,
        relatedActivityIds: [],
        relatedRecommendationIds: [],
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    const written = (await response.json()) as { id: string; position: string };
    made.push({ id: written.id, ...decision });
    position = written.position;
  }
  return { made, run, position };
}

test('an agency narrows the tracker to the decisions its organisation is responsible for', async ({ page }) => {
  await signIn(page, 'agency');
  await page.goto(`${base()}/app/decisions?view=all`);
  const mine = page.getByLabel('Only those my organisation is responsible for');
  // Its state follows the address: clicked, not check()ed (which wants the state changed within the click).
  await mine.click();
  await expect(mine).toBeChecked();
  await expect(page).toHaveURL(/mine=1/);
  const me = (await (await page.request.get(`${base()}/auth/me`)).json()) as { organizationId: string };
  const expected = ((await (await page.request.get(`${base()}/decisions?pageSize=1&responsibleAgencyId=${me.organizationId}`)).json()) as { total: number })
    .total;
  expect(expected).toBeGreaterThan(0);
  await expect(page.getByText(`${expected} decisions`)).toBeVisible();
  for (const responsible of await page.locator('tbody tr td:nth-child(3)').allInnerTexts()) expect(responsible).toMatch(/\bMS\b/);
  await page.screenshot({ path: 'test-results/web/decisions.png' });
  await mine.click();
  await expect(mine).not.toBeChecked();
  await expect(page).not.toHaveURL(/mine=1/);
});

test('the decision tracker reads a page at a time by due date, says how many, shows what is due soon, and one agency’s own', async ({ page }) => {
  await signIn(page, 'admin');
  const { made, run, position } = await manyDecisions(page);
  const total = ((await (await page.request.get(`${base()}/decisions?pageSize=1&minPosition=${position}`)).json()) as { total: number }).total;

  await page.goto(`${base()}/app/decisions?view=all`);
  await expect(page.getByText(`${total} decisions`)).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(50);
  // The last page holds the latest due: the decisions made here, in the order of their due dates.
  const pages = Math.ceil(total / 50);
  await page.getByRole('button', { name: `Page ${pages}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`page=${pages}`));
  await expect(rows).toHaveCount(total - (pages - 1) * 50);
  const due = await rows.locator('td:nth-child(4)').allInnerTexts();
  expect(due).toEqual([...due].sort());
  await expect(rows.filter({ hasText: `TRK-${run}` })).not.toHaveCount(0);
  await expectAccessible(page);

  // Due soon: the open ones due within 30 days, and no other.
  await page.getByText('Due soon', { exact: true }).click();
  await expect(page).not.toHaveURL(/page=/);
  for (const soon of made.slice(0, 3)) await expect(page.getByRole('row', { name: new RegExp(soon.number) })).toBeVisible();
  for (const date of await rows.locator('td:nth-child(4)').allInnerTexts()) expect(date <= inDays(30) && date >= inDays(0)).toBe(true);

  // A link to a decision on another page: shown first, picked out.
  const far = made.at(-1)!;
  await page.goto(`${base()}/app/decisions?view=open&focus=${far.id}`);
  await expect(page.locator('tr[aria-current="true"]')).toContainText(far.number);
  await expect(rows.first()).toContainText(far.number);
});
