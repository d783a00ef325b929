import { expect, test } from '@playwright/test';
import { base, choose, expectAccessible, signIn } from './support.js';

/** The secretariat corrects a recorded meeting on its page: a day after today refused beside the field, then its day, title (its Russian kept), place, participants and documents. */
test('the secretariat corrects a meeting’s record on its page with a reason, a day after today refused beside the field', async ({ page }) => {
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const organizations = (await get('/organizations?pageSize=200')).items as { id: string; acronym: string }[];
  const [ms, iom] = ['MS', 'IOM'].map((acronym) => organizations.find((o) => o.acronym === acronym)!.id);
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  const recorded = await page.request.post(`${base()}/meetings`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: base() },
    data: {
      kind: 'workshop',
      heldOn: '2021-03-10',
      titles: { en: `Workshop on remittances ${run}`, ru: `Семинар о денежных переводах ${run}` },
      organizerIds: [ms],
      place: 'Dushanbe',
      documents: [{ title: 'Workshop report', url: `https://example.org/workshop-${run}.pdf` }],
    },
  });
  expect(recorded.status()).toBe(201);
  const { id, position } = (await recorded.json()) as { id: string; position: string };
  await page.request.get(`${base()}/auth/me`, { headers: { 'x-min-position': position } });

  await page.goto(`${base()}/app/meetings/${id}`);
  await expect(page.getByRole('heading', { name: `Workshop on remittances ${run}`, level: 1 })).toBeVisible();
  const corrections = page.locator('.mantine-Card-root').filter({ has: page.getByRole('heading', { name: 'Corrections', exact: true }) });
  // The record as it stands, prefilled.
  await expect(corrections.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(`Workshop on remittances ${run}`);
  await expect(corrections.getByLabel('Held on')).toHaveValue('2021-03-10');
  await expect(corrections.getByRole('textbox', { name: 'Place' })).toHaveValue('Dushanbe');
  await expect(corrections.getByRole('textbox', { name: 'Document 1: address (URL)' })).toHaveValue(`https://example.org/workshop-${run}.pdf`);

  // A meeting is recorded once held: a day still to come is refused beside the field, and nothing changes.
  await corrections.getByLabel('Held on').fill('2099-03-10');
  await corrections.getByLabel('Reason').fill('the invitation gave the wrong day');
  await corrections.getByRole('button', { name: 'Correct the meeting' }).click();
  await expect(corrections.getByLabel('Held on')).toHaveAttribute('aria-invalid', 'true');
  await expect(corrections.getByText(/heldOn 2099-03-10 is after today/).first()).toBeVisible();
  await expectAccessible(page);

  await corrections.getByLabel('Held on').fill('2021-03-11');
  await corrections.getByRole('textbox', { name: 'Title', exact: true }).fill(`Workshop on investing remittances ${run}`);
  await corrections.getByRole('textbox', { name: 'Place' }).fill('Khujand');
  await choose(page, 'Participants', /^IOM · /, corrections);
  await corrections.getByRole('button', { name: 'Add a document to the list' }).click();
  await corrections.getByRole('textbox', { name: 'Document 2: title' }).fill('Presentations');
  await corrections.getByRole('textbox', { name: 'Document 2: address (URL)' }).fill(`https://example.org/presentations-${run}.pdf`);
  await corrections.getByRole('button', { name: 'Correct the meeting' }).click();

  // The page reads the corrected record; the form starts again from it.
  await expect(page.getByRole('heading', { name: `Workshop on investing remittances ${run}`, level: 1 })).toBeVisible();
  await expect(page.getByText('Workshop · 2021-03-11 · Khujand')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Presentations' })).toHaveAttribute('href', `https://example.org/presentations-${run}.pdf`);
  await expect(corrections.getByLabel('Reason')).toHaveValue('');
  await expectAccessible(page);

  const meeting = (await get(`/meetings/${id}`)) as {
    heldOn: string;
    titles: Record<string, string>;
    place: string;
    participantIds: string[];
    documents: unknown[];
  };
  expect(meeting).toMatchObject({ heldOn: '2021-03-11', place: 'Khujand', participantIds: [iom] });
  expect(meeting.titles).toEqual({ en: `Workshop on investing remittances ${run}`, ru: `Семинар о денежных переводах ${run}` });
  expect(meeting.documents).toEqual([
    { title: 'Workshop report', url: `https://example.org/workshop-${run}.pdf` },
    { title: 'Presentations', url: `https://example.org/presentations-${run}.pdf` },
  ]);
  const history = (await get(`/meetings/${id}/history`)) as { items: { type: string; reason: string | null; data: { before: object; after: object } }[] };
  expect(history.items.map((e) => [e.type, e.reason])).toEqual([
    ['MeetingRecorded', null],
    ['MeetingAmended', 'the invitation gave the wrong day'],
  ]);
  // Only what was changed: the kind, organisers and plan were sent as they were, so not at all.
  expect(Object.keys(history.items[1].data.after).sort()).toEqual(['documents', 'heldOn', 'participantIds', 'place', 'titles']);
});

test('an agency’s focal point reads a meeting without the secretariat’s corrections', async ({ page }) => {
  await signIn(page, 'agency');
  const meeting = (await (await page.request.get(`${base()}/meetings?pageSize=1`)).json()).items[0] as { id: string; title: string };
  await page.goto(`${base()}/app/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { name: meeting.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Corrections', exact: true })).toHaveCount(0);
});
