import { expect, test, type Page } from '@playwright/test';
import { type PersonKey } from './people.js';
import { base, expectAccessible, signIn } from './support.js';

interface Missing {
  activityId: string;
  code: string;
  leadAgencyId: string;
  periodEnd: string;
  dueOn: string;
}

/** What the API says is owed and underway, as the page must show it: every plan's missing reports, the reports between draft and approval. */
async function owedAndUnderway(page: Page, agencyId?: string) {
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const plans = (await get('/plans?pageSize=200')).items as { id: string }[];
  const missing: Missing[] = [];
  for (const plan of plans) missing.push(...((await get(`/plans/${plan.id}/reporting`)).missing as Missing[]));
  const underway = (await get(`/progress-reports${agencyId ? `?agencyId=${agencyId}` : ''}`)).items as unknown[];
  const owed = missing.filter((m) => !agencyId || m.leadAgencyId === agencyId).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code));
  return { owed, underway };
}

function reportTables(page: Page) {
  return {
    missing: page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Due', exact: true }) }),
    underway: page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Stage', exact: true }) }),
  };
}

async function openReports(page: Page, who: PersonKey) {
  await signIn(page, who);
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  return reportTables(page);
}

async function expectUnderway(page: Page, table: ReturnType<Page['getByRole']>, count: number) {
  if (count === 0) await expect(page.getByText('No report is awaiting a step.')).toBeVisible();
  else await expect(table.locator('tbody tr')).toHaveCount(count);
}

/**
 * The reporting work on one page: an agency focal point sees the reports its organisation owes on the
 * activities it leads, oldest due first, and reaches each one's form from there.
 */
test('an agency is told on its first page what it owes, and finds those reports and the ones underway, each a link to its form', async ({ page }) => {
  await signIn(page, 'agency');
  const me = (await (await page.request.get(`${base()}/auth/me`)).json()) as { organizationId: string };
  const { owed, underway } = await owedAndUnderway(page, me.organizationId);
  expect(owed.length).toBeGreaterThan(0);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(`Reports due and not in from your organisation: ${owed.length}`);
  await expect(notice).toContainText(`The oldest: ${owed[0].code} `);
  await expect(notice).toContainText(`due ${owed[0].dueOn}.`);
  await expectAccessible(page);
  await notice.getByRole('link', { name: 'Open the reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();

  const tables = reportTables(page);
  await expect(tables.missing.locator('tbody tr')).toHaveCount(owed.length);
  await expect(tables.missing.locator('tbody tr').first()).toContainText(owed[0].code);
  await expect(tables.missing.locator('tbody tr').first()).toContainText(owed[0].dueOn);
  await expectUnderway(page, tables.underway, underway.length);
  await expectAccessible(page);

  await page.getByRole('link', { name: `Report ${owed[0].code} ${owed[0].periodEnd}` }).click();
  await expect(page).toHaveURL(new RegExp(`/app/activities/${owed[0].activityId}/report$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the secretariat sees every report missing over the plans and every report underway', async ({ page }) => {
  const tables = await openReports(page, 'admin');
  // The notice is an agency's: the secretariat is told nothing of the kind on its first page.
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Plans' }).click();
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await expect(page.getByText(/from your organisation/)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Reports' }).click();
  const { owed, underway } = await owedAndUnderway(page);
  const mine = await owedAndUnderway(page, owed[0]?.leadAgencyId);
  // More than any one agency owes: nobody's reports are left out.
  expect(owed.length).toBeGreaterThan(mine.owed.length);
  await expect(tables.missing.locator('tbody tr')).toHaveCount(owed.length);
  await expectUnderway(page, tables.underway, underway.length);
});
