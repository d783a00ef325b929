import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { EVERYONE, SERVICE_FILE, type PersonKey } from './people.js';

export const base = (): string => (JSON.parse(readFileSync(SERVICE_FILE, 'utf8')) as { base: string }).base;

/** The service's data directory: its outbox holds the mail it sent (the embedded default writes mail there). */
export const dataDir = (): string => (JSON.parse(readFileSync(SERVICE_FILE, 'utf8')) as { dataDir: string }).dataDir;

/** Signs in through the sign-in page, as a person would: at the service's root, or at a page's address. */
export async function signIn(page: Page, who: PersonKey, address = `${base()}/`): Promise<void> {
  const person = EVERYONE.find((p) => p.key === who)!;
  await page.goto(address);
  // By the fields' kinds, not their labels: the page speaks the language last used on the device.
  await page.locator('input[autocomplete="username"]').fill(person.email);
  await page.locator('input[autocomplete="current-password"]').fill(person.password);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByRole('navigation', { name: 'main' })).toBeVisible();
}

interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[]; html: string }[];
}

/** The part of the page's document (tests are compiled without the DOM's types) that tells its animations. */
interface AnimatedDocument {
  getAnimations(): { playState: string; effect: { getComputedTiming(): { endTime?: number } } | null }[];
}

/** No serious or critical accessibility violation on the page as it stands (axe-core, WCAG 2.1 AA). */
export async function expectAccessible(page: Page): Promise<void> {
  // A dialog still fading in has its text at part opacity, which axe measures as too little contrast:
  // every animation that ends must have ended (a spinner's never does).
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: AnimatedDocument }).document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations as Violation[];
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** What a write answers, with the ids some writes add (an objective's, an indicator's). */
export interface Written {
  id: string;
  revision: number;
  position: string;
  objectiveId?: string;
  indicatorId?: string;
}

/** The API as the signed-in page calls it, to set a test's records up: reads, and writes with its CSRF token (a refused write fails the test with the API's answer). */
export async function pageApi(page: Page) {
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const me = (await get('/auth/me')) as { csrfToken: string };
  const post = async (path: string, data: unknown): Promise<Written> => {
    const answer = await page.request.post(`${base()}${path}`, { headers: { 'x-csrf-token': me.csrfToken, origin: base() }, data });
    expect(answer.ok(), `${path}: ${await answer.text()}`).toBe(true);
    return (await answer.json()) as Written;
  };
  return { get, post };
}

/** Picks an option of a Mantine select or multi-select by its label (within a dialog when one is given). */
export async function choose(page: Page, label: string, option: string | RegExp, within: Page | Locator = page, typed?: string): Promise<void> {
  const field = within.getByRole('combobox', { name: label, exact: true }).or(within.getByRole('textbox', { name: label, exact: true }));
  // The options may arrive while the list is open and re-render it (closed, on a busy machine): open it again.
  for (let attempt = 1; ; attempt++) {
    await field.first().click();
    // A picker the API searches offers the first matches only: typed as a person would, to find the one.
    if (typed !== undefined) await field.first().fill(typed);
    try {
      await page.getByRole('option', { name: option }).click({ timeout: attempt < 3 ? 10_000 : undefined });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  // A multi-select stays open for more; a single select has closed, though its list may still be fading
  // out (Escape then would close a dialog around it): the field itself says whether it is open.
  if ((await field.first().getAttribute('aria-expanded')) === 'true' && (await page.getByRole('listbox').isVisible())) await page.keyboard.press('Escape');
}

/** Every route of the application, read from its router: a page added later is visited without being listed. */
export const ROUTES = [...new Set([...readFileSync('apps/web/src/App.tsx', 'utf8').matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]))].filter((p) => p !== '*');

/** Each route as an address of the demo data (its `:id` a record of the demo plan), asked of the API as the signed-in page. */
export async function demoPaths(page: Page): Promise<(route: string) => string> {
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const plan = (await get('/plans?pageSize=50')).items.find((p: { code: string }) => p.code === 'TJ-DIASPORA-2015-2020');
  const activity = (await get(`/activities?planId=${plan.id}&code=2.1.2`)).items[0];
  const session = (await get('/commission/sessions?pageSize=1')).items[0];
  const donor = (await get('/organizations?pageSize=200')).items.find((o: { acronym: string }) => o.acronym === 'EU');
  const meeting = (await get('/meetings?pageSize=1')).items[0];
  const decision = (await get('/decisions?status=open&pageSize=1')).items[0];
  const ids: [string, string][] = [['/plans', plan.id], ['/activities', activity.id], ['/commission', session.id], ['/meetings', meeting.id], ['/donors', donor.id], ['/decisions', decision.id]];
  return (route) => (route.includes(':id') ? route.replace(':id', ids.find(([prefix]) => route.startsWith(prefix))![1]) : route);
}

/**
 * The tab shown again once the page's data is old (`page.clock` installed), after a colleague's write:
 * the read models hold the write first, then the page reads `path` anew (it does on visibilitychange).
 */
export async function showAgainAfter(page: Page, written: { position: string }, path: string): Promise<void> {
  await page.request.get(`${base()}/auth/me`, { headers: { 'x-min-position': written.position } });
  await page.clock.fastForward('00:30');
  const reread = page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === 'GET');
  // The test's types know no DOM: the page's window, by the shape used here.
  await page.evaluate(() => (globalThis as unknown as { dispatchEvent(event: Event): boolean }).dispatchEvent(new Event('visibilitychange')));
  await reread;
}
