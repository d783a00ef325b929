import { expect, test, type Page } from '@playwright/test';
import { base, pageApi, showAgainAfter, signIn } from './support.js';

/** A suffix no other run's records hold: the browser tests share one service with the demo data. */
const aRun = () => Math.random().toString(36).slice(2, 7).toUpperCase();

/** A card of the page, by its heading. */
const card = (page: Page, heading: string) => page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

const conflict = (page: Page) => page.getByRole('dialog', { name: 'Someone else changed this record' });

test('a decision’s correction and number being typed survive the page reading it anew after a colleague’s change, and are not sent over it', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const run = aRun();
  const session = (await get('/commission/sessions?status=held&pageSize=1')).items[0] as { id: string };
  const ms = ((await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[]).find((o) => o.acronym === 'MS')!;
  const { id } = await post('/decisions', {
    sessionId: session.id,
    number: `HLD-${run}`,
    title: 'Report on diaspora bonds',
    text: 'The Ministry of Finance reports on the diaspora bonds issued.',
    kind: 'request_report',
    responsibleAgencyIds: [ms.id],
    dueDate: '2026-12-31',
    relatedActivityIds: [],
    relatedRecommendationIds: [],
  });
  await page.goto(`${base()}/app/decisions/${id}/edit`);
  const details = card(page, 'What it says');
  const text = details.getByRole('textbox', { name: 'Text of the decision' });
  await text.fill('The Ministry of Finance reports each quarter on the diaspora bonds issued and sold.');
  await details.getByLabel('Reason').fill('as in the minutes');
  const number = card(page, 'Number');
  await number.getByRole('textbox', { name: 'Number' }).fill(`HLD-${run}-A`);
  await number.getByLabel('Reason').fill('numbered as in the minutes');

  // A colleague corrects its title meanwhile; the clerk's tab is shown again once the page's data is old.
  const amended = await post(`/decisions/${id}/amend`, { titles: { en: 'Quarterly report on diaspora bonds' }, reason: 'Title of the minutes' });
  await showAgainAfter(page, amended, `/decisions/${id}`);
  await expect(page.getByText(`HLD-${run} · Quarterly report on diaspora bonds`)).toBeVisible();
  await expect(text).toHaveValue('The Ministry of Finance reports each quarter on the diaspora bonds issued and sold.');
  await expect(number.getByRole('textbox', { name: 'Number' })).toHaveValue(`HLD-${run}-A`);

  // Each is based on the decision as the clerk read it: the dialog says someone changed it meanwhile.
  await number.getByRole('button', { name: 'Correct the number' }).click();
  await expect(conflict(page)).toBeVisible();
  await conflict(page).getByText('Stay here').click();
  await expect(conflict(page)).toHaveCount(0);
  await details.getByRole('button', { name: 'Correct what it says' }).click();
  await expect(conflict(page)).toBeVisible();
  expect(await get(`/decisions/${id}`)).toMatchObject({ number: `HLD-${run}`, text: 'The Ministry of Finance reports on the diaspora bonds issued.' });

  // Reloaded: the text typed kept, the colleague's title in the field not typed in; then recorded.
  await conflict(page).getByRole('button', { name: 'Reload the record' }).click();
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Quarterly report on diaspora bonds');
  await expect(text).toHaveValue('The Ministry of Finance reports each quarter on the diaspora bonds issued and sold.');
  await details.getByRole('button', { name: 'Correct what it says' }).click();
  await expect(page).toHaveURL(new RegExp(`/app/decisions\\?view=all&focus=${id}$`));
  expect(await get(`/decisions/${id}`)).toMatchObject({
    title: 'Quarterly report on diaspora bonds',
    text: 'The Ministry of Finance reports each quarter on the diaspora bonds issued and sold.',
  });
});

test('a session’s corrections and agenda being typed survive the page reading it anew after a colleague’s change, and are not sent over it', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const run = aRun();
  const { id } = await post('/commission/sessions', {
    number: `HLD-${run}`,
    scheduledOn: '2026-11-10',
    agenda: [{ en: 'Progress of the plan' }, { en: 'Funding gaps' }],
  });
  await page.goto(`${base()}/app/commission/sessions/${id}`);
  const corrections = card(page, 'Corrections');
  await corrections.getByRole('textbox', { name: 'Number' }).fill(`HLD-${run}-A`);
  await corrections.getByLabel('Reason').fill('numbered as in the minutes');
  const agenda = card(page, 'Corrections to the agenda');
  await agenda.getByRole('textbox', { name: 'Item 2' }).fill('Funding gaps in 2027');
  await agenda.getByLabel('Reason').fill('as in the invitation sent');

  // A colleague moves the session to another day meanwhile; the clerk's tab is shown again once the page's data is old.
  const amended = await post(`/commission/sessions/${id}/amend`, { scheduledOn: '2026-11-17', reason: 'The hall is taken on the 10th' });
  await showAgainAfter(page, amended, `/commission/sessions/${id}`);
  await expect(page.getByText('Scheduled for 2026-11-17')).toBeVisible();
  await expect(corrections.getByRole('textbox', { name: 'Number' })).toHaveValue(`HLD-${run}-A`);
  await expect(agenda.getByRole('textbox', { name: 'Item 2' })).toHaveValue('Funding gaps in 2027');
  await expect(agenda.getByLabel('Reason')).toHaveValue('as in the invitation sent');

  // Each is based on the session as the clerk read it: the dialog says someone changed it meanwhile.
  await agenda.getByRole('button', { name: 'Correct the agenda' }).click();
  await expect(conflict(page)).toBeVisible();
  await conflict(page).getByText('Stay here').click();
  await expect(conflict(page)).toHaveCount(0);
  await corrections.getByRole('button', { name: 'Correct the session' }).click();
  await expect(conflict(page)).toBeVisible();
  expect(await get(`/commission/sessions/${id}`)).toMatchObject({ number: `HLD-${run}`, agenda: ['Progress of the plan', 'Funding gaps'] });

  // Reloaded: the number typed kept, the colleague's day in the field not typed in; then recorded, the day as the colleague set it.
  await conflict(page).getByRole('button', { name: 'Reload the record' }).click();
  await expect(corrections.getByLabel('Scheduled for')).toHaveValue('2026-11-17');
  await expect(corrections.getByRole('textbox', { name: 'Number' })).toHaveValue(`HLD-${run}-A`);
  await corrections.getByRole('button', { name: 'Correct the session' }).click();
  await expect(page.getByRole('heading', { name: `Session HLD-${run}-A`, level: 1 })).toBeVisible();
  expect(await get(`/commission/sessions/${id}`)).toMatchObject({ number: `HLD-${run}-A`, scheduledOn: '2026-11-17' });
  await expect(agenda.getByRole('textbox', { name: 'Item 2' })).toHaveValue('Funding gaps in 2027');
});

test('a meeting’s corrections being typed survive the page reading it anew after a colleague’s change, and reloading keeps them', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'admin');
  const { get, post } = await pageApi(page);
  const run = aRun();
  const ms = ((await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[]).find((o) => o.acronym === 'MS')!;
  const { id } = await post('/meetings', {
    kind: 'workshop',
    heldOn: '2021-03-10',
    titles: { en: `Workshop on diaspora bonds ${run}` },
    organizerIds: [ms.id],
    place: 'Dushanbe',
  });
  await page.goto(`${base()}/app/meetings/${id}`);
  await expect(page.getByRole('heading', { name: `Workshop on diaspora bonds ${run}`, level: 1 })).toBeVisible();
  const corrections = card(page, 'Corrections');
  await corrections.getByRole('textbox', { name: 'Place' }).fill('Khujand');
  await corrections.getByLabel('Reason').fill('the invitation gave the wrong city');

  // A colleague corrects its title meanwhile; the clerk's tab is shown again once the page's data is old.
  const amended = await post(`/meetings/${id}/amend`, { titles: { en: `Workshop on issuing diaspora bonds ${run}` }, reason: 'Title of the report' });
  await showAgainAfter(page, amended, `/meetings/${id}`);
  await expect(page.getByRole('heading', { name: `Workshop on issuing diaspora bonds ${run}`, level: 1 })).toBeVisible();
  await expect(corrections.getByRole('textbox', { name: 'Place' })).toHaveValue('Khujand');
  await expect(corrections.getByLabel('Reason')).toHaveValue('the invitation gave the wrong city');

  // Based on the meeting as the clerk read it: the dialog says someone changed it meanwhile.
  await corrections.getByRole('button', { name: 'Correct the meeting' }).click();
  await expect(conflict(page)).toBeVisible();
  expect(((await get(`/meetings/${id}`)) as { place: string }).place).toBe('Dushanbe');

  // Reloaded: the place typed kept, the colleague's title in the field not typed in; then recorded.
  await conflict(page).getByRole('button', { name: 'Reload the record' }).click();
  await expect(corrections.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(`Workshop on issuing diaspora bonds ${run}`);
  await expect(corrections.getByRole('textbox', { name: 'Place' })).toHaveValue('Khujand');
  await corrections.getByRole('button', { name: 'Correct the meeting' }).click();
  await expect(page.getByText('Workshop · 2021-03-10 · Khujand')).toBeVisible();
  await expect(corrections.getByLabel('Reason')).toHaveValue('');
  expect(await get(`/meetings/${id}`)).toMatchObject({ place: 'Khujand', titles: { en: `Workshop on issuing diaspora bonds ${run}` } });
});
