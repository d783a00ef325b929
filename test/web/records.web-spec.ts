import { expect, test } from '@playwright/test';
import { choose, expectAccessible, signIn } from './support.js';

test('the secretariat registers and corrects an organisation, drafts a plan in three languages, adds an objective and adopts it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Register an organisation' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Committee on Women and Family Affairs');
  await page.getByRole('textbox', { name: 'Acronym' }).fill('CWFA');
  await page.getByRole('textbox', { name: 'Country' }).fill('tj');
  await choose(page, 'Kind', 'State agency');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Register an organisation' }).last().click();
  const row = page.getByRole('row', { name: /CWFA/ });
  await expect(row).toContainText('Committee on Women and Family Affairs');
  await row.getByRole('button', { name: 'Correct CWFA' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }).fill('Committee on Women and Family Affairs under the Government');
  await page.getByRole('dialog').getByRole('button', { name: 'Correct' }).click();
  // The reason is required: the API says so beside the field, nothing is recorded.
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Reason' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('dialog').getByRole('textbox', { name: 'Reason' }).fill('Full official name');
  await page.getByRole('dialog').getByRole('button', { name: 'Correct' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText('under the Government');

  await page.getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('link', { name: 'Draft a plan' }).click();
  await page.getByRole('textbox', { name: 'Plan code' }).fill('TJ-MIGR-2021-2025');
  await page.getByRole('textbox', { name: 'Title (English)' }).fill('Safe and orderly labour migration');
  await page.getByRole('textbox', { name: 'Title (Russian)' }).fill('Безопасная и упорядоченная трудовая миграция');
  await page.getByRole('textbox', { name: 'Title (Tajik)' }).fill('Муҳоҷирати меҳнатии бехатар ва батартиб');
  await page.getByRole('textbox', { name: 'Period start' }).fill('2021-01-01');
  await page.getByRole('textbox', { name: 'Period end' }).fill('2020-12-31');
  await page.getByRole('button', { name: 'Draft a plan' }).click();
  // A period ending before it starts is refused by the API; the page says so.
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByRole('textbox', { name: 'Period end' }).fill('2025-12-31');
  await page.getByRole('button', { name: 'Draft a plan' }).click();
  await expect(page.getByRole('heading', { name: 'The plan’s record' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Objective code' }).fill('1');
  await page.getByRole('textbox', { name: 'Objective title' }).fill('Pre-departure information for every migrant');
  await page.getByRole('button', { name: 'Add an objective' }).last().click();
  await expect(page.getByRole('cell', { name: 'Pre-departure information for every migrant' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Adopted on' }).fill('2021-02-01');
  await page.getByRole('textbox', { name: 'Instrument (e.g. government decree)' }).fill('Government decree No. 12 of 1 February 2021');
  await page.getByRole('button', { name: 'Adopt the plan' }).last().click();
  await expect(page.getByText('Adopted', { exact: true })).toBeVisible();
  await choose(page, 'Reports', 'Half-yearly');
  await page.getByRole('textbox', { name: 'Due (days after the period ends)' }).fill('-5');
  await page.getByRole('button', { name: 'Set the calendar' }).click();
  await expect(page.getByText('dueDays must be at least 0: a report cannot be due before its period ends', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Due (days after the period ends)' }).fill('45');
  await page.getByRole('button', { name: 'Set the calendar' }).click();
  await expect(page.getByRole('textbox', { name: 'Reason' }).last()).toBeVisible();
  await expectAccessible(page);
  await page.getByText('TG', { exact: true }).click();
  await page.getByRole('button', { name: 'Кушодани лавҳа' }).click();
  await expect(page.getByRole('heading', { name: 'Муҳоҷирати меҳнатии бехатар ва батартиб' })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
});

test('the secretariat records a commitment and a disbursement; disbursing more than committed is refused with the API’s reason', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Activities' }).click();
  await page.getByLabel('Search').fill('Online portal for diaspora associations');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Online portal for diaspora associations' }).click();
  await page.getByRole('button', { name: 'Record funding' }).click();
  await choose(page, 'Donor', /^IOM · /);
  await page.getByRole('textbox', { name: 'Amount' }).fill('25000.00');
  await page.getByRole('textbox', { name: 'Currency' }).fill('USD');
  await page.getByRole('textbox', { name: 'Date' }).fill('2018-02-01');
  await page.getByRole('button', { name: 'Record the commitment' }).click();
  const totals = page.getByRole('table', { name: 'Funding', exact: true });
  await expect(totals.getByRole('row', { name: /IOM/ })).toContainText('25,000.00 USD');
  await page.getByText('Disbursement', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('30000.00');
  await page.getByRole('textbox', { name: 'Date' }).fill('2018-03-01');
  await page.getByRole('button', { name: 'Record the disbursement' }).click();
  await expect(page.getByRole('alert')).toContainText(/commit/i);
  await page.getByRole('textbox', { name: 'Amount' }).fill('10000.00');
  await page.getByRole('button', { name: 'Record the disbursement' }).click();
  await expect(totals.getByRole('row', { name: /IOM/ })).toContainText('10,000.00 USD');
  await expectAccessible(page);
});

test('the secretariat plans an activity with its place, defines its indicator, starts and reschedules it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Activities' }).click();
  await page.getByRole('link', { name: 'Plan an activity' }).click();
  // The list has a Plan field too (its filter): the form's must be the one chosen.
  await expect(page).toHaveURL(/\/app\/activities\/new$/);
  await choose(page, 'Plan', 'TJ-DIASPORA-2015-2020');
  await choose(page, 'Objective', /^4 /);
  await page.getByRole('textbox', { name: 'Code' }).fill('4.9');
  await page.getByRole('textbox', { name: 'Title' }).fill('Hotline for returning migrants in Khatlon');
  await choose(page, 'Lead agency', /^MS · /);
  await page.getByRole('textbox', { name: 'Planned start' }).fill('2019-01-01');
  await page.getByRole('textbox', { name: 'Planned end' }).fill('2020-06-30');
  await page.getByRole('button', { name: 'Add a place' }).click();
  // The area may be typed in any language of the gazetteer: it is recorded as the gazetteer names it.
  await page.getByRole('combobox', { name: 'Province' }).fill('Хатлон');
  await page.getByRole('combobox', { name: 'District' }).fill('Kulob');
  await page.getByRole('textbox', { name: 'SDG targets' }).fill('10.7');
  await page.getByRole('textbox', { name: 'GCM objectives' }).fill('21');
  await page.getByRole('textbox', { name: 'Amount' }).fill('50000.00');
  await page.getByRole('textbox', { name: 'Currency' }).fill('USD');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Plan the activity' }).click();
  await expect(page.getByRole('heading', { name: 'Hotline for returning migrants in Khatlon' })).toBeVisible();
  await expect(page.getByText('Kulob, Khatlon (TJ)')).toBeVisible();

  await page.getByRole('button', { name: 'Define an indicator' }).click();
  await page.getByRole('textbox', { name: 'Indicator name' }).fill('Calls answered');
  await page.getByRole('textbox', { name: 'Unit' }).fill('calls');
  await page.getByRole('textbox', { name: 'Baseline', exact: true }).fill('0');
  await page.getByRole('textbox', { name: 'Final target' }).fill('5000');
  await page.getByRole('button', { name: 'Define an indicator' }).click();
  await expect(page.getByText('Calls answered (calls)')).toBeVisible();

  await page.getByRole('link', { name: 'Correct the activity' }).click();
  await page.getByRole('textbox', { name: 'On', exact: true }).fill('2019-02-01');
  await page.getByRole('button', { name: 'Record the start' }).click();
  // Started: the steps now offered are those of an activity in progress.
  await expect(page.getByRole('combobox', { name: 'Step' })).toHaveValue('Complete');
  await choose(page, 'Step', 'Reschedule');
  await page.getByRole('textbox', { name: 'Planned end' }).fill('2020-12-31');
  await page.getByRole('textbox', { name: 'Reason' }).first().fill('Procurement of the telephone line took longer');
  await page.getByRole('button', { name: 'Reschedule the activity' }).click();
  await expect(page.getByRole('textbox', { name: 'Planned end' })).toHaveValue('2020-12-31');
  await page.goBack();
  await expect(page.getByText(/Planned: 2019-01-01 – 2020-12-31 · started 2019-02-01/)).toBeVisible();
  await expect(page.getByText('In progress', { exact: true })).toBeVisible();
});

test('the secretariat records a workshop, a recommendation made at it, schedules it for a session and accepts it by a decision of that session; the meeting page tells what became of it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('link', { name: 'Record a meeting' }).click();
  // Sent without its fields: the API's messages stand beside them, and nothing is recorded.
  await page.getByRole('button', { name: 'Record the meeting' }).click();
  await expect(page.getByText('organizerIds must contain at least 1 elements', { exact: true })).toBeVisible();
  await choose(page, 'Kind of meeting', 'Workshop');
  await page.getByRole('textbox', { name: 'Held on' }).fill('2019-05-20');
  await page.getByRole('textbox', { name: 'Title' }).fill('Lessons-learned workshop of the EU-funded project');
  await choose(page, 'Organisers', /^ACTED · /);
  await choose(page, 'Organisers', /^EU · /);
  await choose(page, 'Participants', /^SCISPM · /);
  await page.getByRole('textbox', { name: 'Place' }).fill('Khujand');
  await page.getByRole('button', { name: 'Record the meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Lessons-learned workshop of the EU-funded project', level: 1 })).toBeVisible();
  await expect(page.getByText('Workshop · 2019-05-20 · Khujand')).toBeVisible();
  await page.getByRole('textbox', { name: 'Document title' }).fill('Workshop report');
  await page.getByRole('textbox', { name: 'Document address (URL)' }).fill('https://example.org/workshop-report.pdf');
  await page.getByRole('button', { name: 'Add the document' }).click();
  await expect(page.getByRole('link', { name: 'Workshop report' })).toHaveAttribute('href', 'https://example.org/workshop-report.pdf');
  const meetingUrl = page.url();

  await page.getByRole('link', { name: 'Record a recommendation' }).click();
  await expect(page.getByRole('combobox', { name: 'Meeting' })).toHaveValue('2019-05-20 · Lessons-learned workshop of the EU-funded project');
  await page.getByRole('textbox', { name: 'Recommendation' }).fill('Extend the matching grants to Jaloliddini Rumi');
  await choose(page, 'proposed by', /^ACTED · /);
  await choose(page, 'proposed by', /^EU · /);
  await choose(page, 'Addressed to', /^SCISPM · /);
  await page.getByRole('button', { name: 'Record the recommendation' }).click();
  // Back on the meeting's page, which lists it as submitted.
  await expect(page.getByRole('heading', { name: 'Lessons-learned workshop of the EU-funded project', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /Extend the matching grants to Jaloliddini Rumi ACTED, EU Submitted/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Recommendations' }).click();
  const card = page.getByRole('article', { name: 'Extend the matching grants to Jaloliddini Rumi' });
  await expect(page.getByRole('region', { name: 'Submitted' }).getByRole('article', { name: 'Extend the matching grants to Jaloliddini Rumi' })).toBeVisible();

  await card.getByRole('button', { name: /^Move along/ }).click();
  await choose(page, 'Session', /^Session 2019\/2/, page.getByRole('dialog'));
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule for a session' }).click();
  await expect(page.getByRole('region', { name: 'Scheduled for review' }).getByRole('article', { name: 'Extend the matching grants to Jaloliddini Rumi' })).toBeVisible();

  // The session decides on it: a decision of 2019/2 naming it, recorded from the decision form.
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('link', { name: 'Record a decision' }).click();
  await choose(page, 'Session', /^Session 2019\/2/);
  await page.getByLabel('Number').fill('IMC-2019/05');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Matching grants in Jaloliddini Rumi');
  await page.getByLabel('Text of the decision').fill('The commission accepts the workshop’s recommendation.');
  await choose(page, 'Kind', 'Accept a recommendation');
  await choose(page, 'Recommendations it concerns', 'Extend the matching grants to Jaloliddini Rumi', page, 'matching grants Jaloliddini');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('heading', { name: 'Decision tracker' })).toBeVisible();
  await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Recommendations' }).click();
  await card.getByRole('button', { name: /^Move along/ }).click();
  await choose(page, 'By decision', /^IMC-2019\/05/, page.getByRole('dialog'));
  await page.getByRole('dialog').getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('region', { name: 'Accepted' }).getByRole('article', { name: 'Extend the matching grants to Jaloliddini Rumi' })).toBeVisible();
  await expect(card).toContainText('Lessons-learned workshop of the EU-funded project (2019-05-20)');
  await page.goto(meetingUrl);
  await expect(page.getByRole('row', { name: /Extend the matching grants to Jaloliddini Rumi ACTED, EU Accepted Accepted 20\d\d-\d\d-\d\d · IMC-2019\/05/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/web/meeting.png', fullPage: true });
});
