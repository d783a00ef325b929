import { expect, test, type Page } from '@playwright/test';
import { anActivity, uniqueCode } from '../support/builders.js';
import { base, choose, expectAccessible, signIn } from './support.js';

/** The API as the signed-in page calls it: reads, writes with the csrf header, and a wait until the read models hold the last write. */
async function apiOf(page: Page) {
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  let position: string | undefined;
  const post = async (path: string, data: unknown) => {
    const answer = await page.request.post(`${base()}${path}`, { headers: { 'x-csrf-token': me.csrfToken, origin: base() }, data });
    expect(answer.ok(), `${path}: ${await answer.text()}`).toBe(true);
    const result = (await answer.json()) as { id: string; position: string };
    position = result.position;
    return result;
  };
  const settled = async () => {
    if (position) await page.request.get(`${base()}/auth/me`, { headers: { 'x-min-position': position } });
  };
  const organizations = (await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[];
  const org = (acronym: string) => organizations.find((o) => o.acronym === acronym)!.id;
  return { get, post, settled, org };
}

/** A recommendation made at a roundtable of its own (held before every session of the demo, so it stands first in its column), by MS. */
async function aRecommendation(api: Awaited<ReturnType<typeof apiOf>>, run: string, text: string) {
  const meeting = await api.post('/meetings', {
    kind: 'roundtable',
    heldOn: '2011-01-20',
    titles: { en: `Roundtable on diaspora desks ${run}` },
    organizerIds: [api.org('MS')],
  });
  return api.post('/recommendations', {
    meetingId: meeting.id,
    texts: { en: text, ru: `Открыть информационный пункт для диаспоры в Худжанде ${run}` },
    proposedByOrganizationIds: [api.org('MS')],
    targetAgencyIds: [],
  });
}

type History = { items: { type: string; reason: string | null; data: Record<string, unknown> }[] };

test('the secretariat corrects what a submitted recommendation says and then withdraws it, each with a reason, from the board', async ({ page }) => {
  await signIn(page, 'admin');
  const api = await apiOf(page);
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const text = `Open a diaspora desk in Khujand ${run}`;
  const { id } = await aRecommendation(api, run, text);
  await api.settled();

  await page.goto(`${base()}/app/recommendations`);
  await page
    .getByRole('region', { name: 'Submitted' })
    .getByRole('article', { name: text })
    .getByRole('button', { name: /^Record its course or correct it/ })
    .click();
  const dialog = page.getByRole('dialog');
  // Not accepted yet: it may be withdrawn, not recorded as implemented nor linked to an activity.
  await expect(dialog.getByRole('button', { name: 'Withdraw the recommendation' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Record it as implemented' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Link the activity' })).toHaveCount(0);

  // What it says: the text prefilled in English (its Russian kept), the agency it is addressed to added, with a reason.
  const details = dialog.getByRole('region', { name: 'What it says' });
  await expect(details.getByRole('textbox', { name: 'Recommendation' })).toHaveValue(text);
  await expectAccessible(page);
  const corrected = `Open diaspora desks in Khujand and Dushanbe ${run}`;
  await details.getByRole('textbox', { name: 'Recommendation' }).fill(corrected);
  await choose(page, 'Addressed to', /^IOM · /, details);
  await details.getByLabel('Reason').fill('the minutes name Dushanbe too');
  await details.getByRole('button', { name: 'Correct what it says' }).click();
  await expect(dialog).toHaveCount(0);
  const card = page.getByRole('region', { name: 'Submitted' }).getByRole('article', { name: corrected });
  await expect(card).toBeVisible();
  const amended = (await api.get(`/recommendations/${id}`)) as {
    texts: Record<string, string>;
    targetAgencyIds: string[];
    proposedByOrganizationIds: string[];
  };
  expect(amended.texts).toEqual({ en: corrected, ru: `Открыть информационный пункт для диаспоры в Худжанде ${run}` });
  expect(amended.targetAgencyIds).toEqual([api.org('IOM')]);
  expect(amended.proposedByOrganizationIds).toEqual([api.org('MS')]);

  // Withdrawn: without a reason, the refusal stands beside the field; with one, the card moves to its column.
  await card.getByRole('button', { name: /^Record its course or correct it/ }).click();
  const course = dialog.getByRole('region', { name: 'Where it stands' });
  await course.getByRole('button', { name: 'Withdraw the recommendation' }).click();
  await expect(course.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  await course.getByLabel('Reason').fill('merged into the recommendation on Sughd');
  await course.getByRole('button', { name: 'Withdraw the recommendation' }).click();
  await expect(dialog).toHaveCount(0);
  const withdrawn = page.getByRole('region', { name: 'Withdrawn' }).getByRole('article', { name: corrected });
  await expect(withdrawn).toContainText('Withdrawn: merged into the recommendation on Sughd');
  await expect(page.getByRole('region', { name: 'Submitted' }).getByRole('article', { name: corrected })).toHaveCount(0);

  // Its course ended, what it says may still be corrected; it is no longer offered for withdrawal.
  await withdrawn.getByRole('button', { name: /^Record its course or correct it/ }).click();
  await expect(dialog.getByRole('region', { name: 'What it says' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Withdraw the recommendation' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Stay here' }).click();

  const history = (await api.get(`/recommendations/${id}/history`)) as History;
  expect(history.items.map((e) => [e.type, e.reason])).toEqual([
    ['RecommendationSubmitted', null],
    ['RecommendationAmended', 'the minutes name Dushanbe too'],
    ['RecommendationWithdrawn', 'merged into the recommendation on Sughd'],
  ]);
});

test('the secretariat links an accepted recommendation to the activity taking it up and records it as implemented; a day after today is refused beside the field', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const api = await apiOf(page);
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const text = `Open a diaspora desk in Khujand ${run}`;
  const { id } = await aRecommendation(api, run, text);
  // Accepted by a decision of the latest held session, which names it.
  const session = (await api.get('/commission/sessions?status=held&pageSize=1')).items[0] as { id: string; heldOn: string };
  await api.post(`/recommendations/${id}/schedule`, { sessionId: session.id });
  const decision = await api.post('/decisions', {
    sessionId: session.id,
    number: `RC-${run}`,
    title: 'Diaspora desks',
    text: 'The commission accepts the roundtable’s recommendation on diaspora desks.',
    kind: 'accept_recommendation',
    responsibleAgencyIds: [api.org('MS')],
    relatedActivityIds: [],
    relatedRecommendationIds: [id],
  });
  await api.post(`/recommendations/${id}/accept`, { decisionId: decision.id });
  // The activity that takes it up: a new one of the demo plan, its code no other holds.
  const plan = (await api.get('/plans?pageSize=50')).items.find((p: { code: string }) => p.code === 'TJ-DIASPORA-2015-2020') as { id: string };
  const objectiveId = ((await api.get(`/plans/${plan.id}`)) as { objectives: { objectiveId: string }[] }).objectives[0].objectiveId;
  const code = uniqueCode('RC');
  const activity = await api.post(
    '/activities',
    anActivity({ planId: plan.id, objectiveId, leadAgencyId: api.org('MS') }, { code, title: `Diaspora desk in Khujand ${run}` }),
  );
  await api.settled();

  await page.goto(`${base()}/app/recommendations`);
  const card = page.getByRole('region', { name: 'Accepted' }).getByRole('article', { name: text });
  await card.getByRole('button', { name: /^Record its course or correct it/ }).click();
  const dialog = page.getByRole('dialog');
  // Accepted: it can no longer be withdrawn.
  await expect(dialog.getByRole('button', { name: 'Withdraw the recommendation' })).toHaveCount(0);

  // Implemented on a day still to come: refused, the message beside the field, nothing recorded.
  const course = dialog.getByRole('region', { name: 'Where it stands' });
  await course.getByLabel('Implemented on').fill('2099-01-01');
  await course.getByRole('button', { name: 'Record it as implemented' }).click();
  await expect(course.getByLabel('Implemented on')).toHaveAttribute('aria-invalid', 'true');
  await expect(course.getByText(/implementedOn 2099-01-01 is after today/).first()).toBeVisible();
  await expectAccessible(page);

  // Linked to the activity taking it up, found by words of its title and picked by its code and title.
  const activities = dialog.getByRole('region', { name: 'Activities taking it up' });
  await choose(page, 'Activity', `${code} · Diaspora desk in Khujand ${run}`, activities, `desk Khujand ${run}`);
  await activities.getByRole('button', { name: 'Link the activity' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByRole('link', { name: 'Linked activity' })).toHaveAttribute('href', new RegExp(`/activities/${activity.id}$`));

  // Implemented, on the day it was accepted, with a note: the activity linked stands for its evidence.
  await card.getByRole('button', { name: /^Record its course or correct it/ }).click();
  await expect(dialog.getByRole('link', { name: `${code} · Diaspora desk in Khujand ${run}` })).toBeVisible();
  await dialog.getByLabel('Implemented on').fill(session.heldOn);
  await dialog.getByLabel('Note').fill('The desk opened in the Migration Service’s Khujand office');
  await dialog.getByRole('button', { name: 'Record it as implemented' }).click();
  await expect(dialog).toHaveCount(0);
  const implemented = page.getByRole('region', { name: 'Implemented' }).getByRole('article', { name: text });
  await expect(implemented).toContainText(`Implemented ${session.heldOn}`);
  await expect(page.getByRole('region', { name: 'Accepted' }).getByRole('article', { name: text })).toHaveCount(0);

  const recommendation = (await api.get(`/recommendations/${id}`)) as { status: string; implementedOn: string; linkedActivityIds: string[] };
  expect(recommendation).toMatchObject({ status: 'implemented', implementedOn: session.heldOn, linkedActivityIds: [activity.id] });
  const history = (await api.get(`/recommendations/${id}/history`)) as History;
  expect(history.items.map((e) => e.type)).toEqual([
    'RecommendationSubmitted',
    'RecommendationScheduledForReview',
    'RecommendationAccepted',
    'RecommendationLinkedToActivity',
    'RecommendationImplemented',
  ]);
  expect(history.items[3].data).toMatchObject({ activityId: activity.id });
  expect(history.items[4].data).toMatchObject({ implementedOn: session.heldOn, note: 'The desk opened in the Migration Service’s Khujand office' });
});

test('the commission reads the board without the secretariat’s course and corrections', async ({ page }) => {
  await signIn(page, 'commission');
  await page.goto(`${base()}/app/recommendations`);
  await expect(page.getByRole('region', { name: 'Accepted' }).getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Record its course or correct it/ })).toHaveCount(0);
});
