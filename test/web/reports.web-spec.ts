import { expect, test, type Page } from '@playwright/test';
import { type PersonKey } from './people.js';
import { base, expectAccessible, signIn } from './support.js';

interface Missing {
  activityId: string;
  code: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * What the page must show, asked of each plan's reporting status (not of the endpoint the page reads): the
 * reports overdue today, those owed by a month from now, and the reports between draft and approval; an
 * agency's those of the activities it leads or partners.
 */
async function owedAndUnderway(page: Page, agencyId?: string) {
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const plans = (await get('/plans?pageSize=200')).items as { id: string }[];
  const theirs = agencyId ? new Set(((await get(`/activities?agencyId=${agencyId}&pageSize=200`)).items as { id: string }[]).map((a) => a.id)) : undefined;
  const missing = async (asOf?: string) => {
    const all: Missing[] = [];
    for (const plan of plans) all.push(...((await get(`/plans/${plan.id}/reporting${asOf ? `?asOf=${asOf}` : ''}`)).missing as Missing[]));
    return all.filter((m) => !theirs || theirs.has(m.activityId)).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code));
  };
  const underway = (await get(`/progress-reports${agencyId ? `?agencyId=${agencyId}` : ''}`)).items as unknown[];
  return { overdue: await missing(), owedWithinAMonth: await missing(dayAfter(30)), underway };
}

function reportTables(page: Page) {
  return {
    owed: page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Due', exact: true }) }),
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
 * activities it leads or partners, oldest due first, reaches a report's form with its period filled in from
 * there, and once the report is in it is no longer owed.
 */
test('an agency is told on its first page what it owes, finds those reports and the ones underway, and reports one from there', async ({ page }) => {
  await signIn(page, 'agency');
  const me = (await (await page.request.get(`${base()}/auth/me`)).json()) as { organizationId: string };
  const { overdue, owedWithinAMonth, underway } = await owedAndUnderway(page, me.organizationId);
  expect(overdue.length).toBeGreaterThan(1);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(`Reports due and not in from your organisation: ${overdue.length}`);
  await expect(notice).toContainText(`The oldest: ${overdue[0].code} `);
  await expect(notice).toContainText(`due ${overdue[0].dueOn}.`);
  await expectAccessible(page);
  await notice.getByRole('link', { name: 'Open the reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();

  const tables = reportTables(page);
  const rows = tables.owed.locator('tbody tr');
  await expect(rows).toHaveCount(owedWithinAMonth.length);
  await expect(rows.first()).toContainText(overdue[0].code);
  await expect(rows.first()).toContainText(`${overdue[0].dueOn} overdue`);
  await expectUnderway(page, tables.underway, underway.length);
  await expectAccessible(page);

  // The most recent one overdue (the oldest belong to other tests' activities), reported from its row.
  const chosen = overdue.at(-1)!;
  await page.getByRole('link', { name: `Report ${chosen.code} ${chosen.periodEnd}` }).click();
  await expect(page).toHaveURL(new RegExp(`/app/activities/${chosen.activityId}/report\\?periodStart=${chosen.periodStart}&periodEnd=${chosen.periodEnd}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Report for ${chosen.periodStart} – ${chosen.periodEnd}` })).toBeVisible();
  await page.getByLabel('Narrative').fill('Reported from the list of reports owed.');
  await page.getByRole('button', { name: 'Record the report' }).click();
  await expect(page.getByText('The report was recorded.')).toBeVisible();

  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(rows).toHaveCount(owedWithinAMonth.length - 1);
  await expect(page.getByRole('link', { name: `Report ${chosen.code} ${chosen.periodEnd}` })).toHaveCount(0);
  // Submitted, it waits for the secretariat's approval: underway now.
  await expectUnderway(page, tables.underway, underway.length + 1);
});

test('the secretariat sees every report missing over the plans and every report underway', async ({ page }) => {
  const tables = await openReports(page, 'admin');
  // The notice is an agency's: the secretariat is told nothing of the kind on its first page.
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Plans' }).click();
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await expect(page.getByText(/from your organisation/)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Reports' }).click();
  const { owedWithinAMonth, underway } = await owedAndUnderway(page);
  const organizations = (await (await page.request.get(`${base()}/organizations?pageSize=200`)).json()).items as { id: string; acronym: string }[];
  const migrationService = await owedAndUnderway(page, organizations.find((o) => o.acronym === 'MS')!.id);
  // More than any one agency owes: nobody's reports are left out.
  expect(owedWithinAMonth.length).toBeGreaterThan(migrationService.owedWithinAMonth.length);
  await expect(tables.owed.locator('tbody tr')).toHaveCount(owedWithinAMonth.length);
  await expectUnderway(page, tables.underway, underway.length);
});
