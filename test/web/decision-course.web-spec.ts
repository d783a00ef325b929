import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/** The secretariat records what became of a decision and corrects it from the tracker: what it says, its number, then that it was carried out. */
test('the secretariat corrects a decision’s due date and number from the tracker, then records it as carried out', async ({ page }) => {
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const session = (await get('/commission/sessions?status=held&pageSize=1')).items[0] as { id: string };
  const ms = ((await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[]).find((o) => o.acronym === 'MS')!;
  const taken = ((await get('/decisions?pageSize=1&sort=number')).items as { number: string }[])[0].number;
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const recorded = await page.request.post(`${base()}/decisions`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: {
      sessionId: session.id,
      number: `CRS-${run}`,
      title: 'Annual report on remittances',
      text: 'The Migration Service reports on remittances.',
      kind: 'request_report',
      responsibleAgencyIds: [ms.id],
      dueDate: '2026-12-31',
      relatedActivityIds: [],
      relatedRecommendationIds: [],
    },
  });
  expect(recorded.status()).toBe(201);
  const { id } = (await recorded.json()) as { id: string };

  await page.goto(`${base()}/app/decisions?view=all&focus=${id}`);
  await page.getByRole('link', { name: `Record its course or correct it CRS-${run}` }).click();
  await expect(page.getByRole('heading', { name: 'A decision: its course and corrections' })).toBeVisible();
  await expectAccessible(page);

  // What it says: the due date the minutes give, with a reason.
  const details = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'What it says' }) });
  await details.getByLabel('Due').fill('2027-03-31');
  await details.getByLabel('Reason').fill('the minutes say the end of March');
  await details.getByRole('button', { name: 'Correct what it says' }).click();
  const row = page.locator('tr[aria-current="true"]');
  await expect(row).toContainText('2027-03-31');

  // Its number: one another decision holds is refused beside the field; a free one is taken.
  await row.getByRole('link', { name: /Record its course or correct it/ }).click();
  const number = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Number' }) });
  await number.getByLabel('Number').fill(taken);
  await number.getByLabel('Reason').fill('numbered as in the minutes');
  await number.getByRole('button', { name: 'Correct the number' }).click();
  await expect(number.getByLabel('Number')).toHaveAttribute('aria-invalid', 'true');
  await expect(number.getByText(/already used by another decision/)).toHaveCount(2);
  // The refusal leads to the decision that holds the number.
  await expect(number.getByRole('link', { name: 'Open the decision that holds it' })).toHaveAttribute('href', /\/decisions\?view=all&focus=[0-9a-f-]{36}$/);
  await number.getByLabel('Number').fill(`CRS-${run}-A`);
  await number.getByRole('button', { name: 'Correct the number' }).click();
  await expect(row).toContainText(`CRS-${run}-A`);

  // Carried out: the tracker shows it implemented, on its date, with no more follow-ups to add.
  await row.getByRole('link', { name: /Record its course or correct it/ }).click();
  await page.getByLabel('Carried out on').fill('2026-12-01');
  await page.getByLabel('Note').fill('Report published on the ministry’s site');
  await page.getByRole('button', { name: 'Record it as carried out' }).click();
  await expect(row).toContainText('Implemented');
  await expect(row).toContainText('2026-12-01');
  await expect(row.getByRole('button', { name: /Add a follow-up/ })).toHaveCount(0);
  const history = (await get(`/decisions/${id}/history`)) as { items: { type: string; reason?: string }[] };
  expect(history.items.map((e) => e.type)).toEqual(['DecisionRecorded', 'DecisionAmended', 'DecisionRenumbered', 'DecisionImplemented']);
});

test('an agency’s focal point reads the tracker without the secretariat’s corrections', async ({ page }) => {
  await signIn(page, 'agency');
  await page.goto(`${base()}/app/decisions?view=all`);
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Record its course or correct it/ })).toHaveCount(0);
  await page.goto(`${base()}/app/decisions/00000000-0000-4000-8000-000000000000/edit`);
  await expect(page.getByRole('heading', { name: 'A decision: its course and corrections' })).toHaveCount(0);
});

test('the secretariat corrects a scheduled session’s number and date on its page, a number another session holds refused beside the field', async ({ page }) => {
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const taken = ((await get('/commission/sessions?pageSize=1')).items as { number: string }[])[0].number;
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const scheduled = await page.request.post(`${base()}/commission/sessions`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: { number: `S-${run}`, scheduledOn: '2027-02-10', agenda: ['Progress of the plan'] },
  });
  expect(scheduled.status()).toBe(201);
  const { id } = (await scheduled.json()) as { id: string };

  await page.goto(`${base()}/app/commission/sessions/${id}`);
  const corrections = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Corrections', exact: true }) });
  await corrections.getByLabel('Number').fill(taken);
  await corrections.getByLabel('Reason').fill('numbered as in the invitation');
  await corrections.getByRole('button', { name: 'Correct the session' }).click();
  await expect(corrections.getByLabel('Number')).toHaveAttribute('aria-invalid', 'true');
  await expect(corrections.getByText(/already used by another commission session/).first()).toBeVisible();

  await corrections.getByLabel('Number').fill(`S-${run}-B`);
  await corrections.getByLabel('Scheduled for').fill('2027-02-17');
  await corrections.getByRole('button', { name: 'Correct the session' }).click();
  await expect(page.getByRole('heading', { name: `Session S-${run}-B` })).toBeVisible();
  await expect(page.getByText('Scheduled for 2027-02-17')).toBeVisible();
  await expectAccessible(page);
  const history = (await get(`/commission/sessions/${id}/history`)) as { items: { type: string; reason: string | null }[] };
  expect(history.items.map((e) => [e.type, e.reason])).toEqual([
    ['CommissionSessionScheduled', null],
    ['CommissionSessionRenumbered', 'numbered as in the invitation'],
    ['CommissionSessionAmended', 'numbered as in the invitation'],
  ]);
});
