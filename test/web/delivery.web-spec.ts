import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { rawGet } from '../support/raw-get.js';
import { base, signIn } from './support.js';

/** The paths the page asks for from now on, in the order asked. */
function pathsAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  return asked;
}

/** Opens a diaspora plan's dashboard from the plans page; answers its address. */
async function openDashboard(page: Page): Promise<string> {
  await page
    .getByRole('link', { name: /Engagement of the Tajik Diaspora/ })
    .last()
    .click();
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();
  return page.url();
}

/** The web application's main script, as index.html names it. */
async function mainScript(): Promise<string> {
  const html = await (await fetch(`${base()}/app/`)).text();
  return html.match(/src="(\/app\/assets\/index-[^"]+\.js)"/)![1];
}

test('the application’s files go out compressed as the browser accepts, the hashed ones cached for good and index.html asked again', async () => {
  const path = await mainScript();
  const plain = await fetch(`${base()}${path}`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers.get('content-encoding')).toBeNull();
  const bytes = Buffer.from(await plain.arrayBuffer());
  for (const [accepted, encoding, decompress] of [
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
  ] as const) {
    const answer = await rawGet(`${base()}${path}`, { 'accept-encoding': accepted });
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers.vary).toContain('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body.length).toBeLessThan(bytes.length / 2);
    expect(decompress(answer.body).equals(bytes)).toBe(true);
  }
  for (const page of ['/app/', '/app/plans/00000000-0000-4000-8000-000000000000?asOf=2020-01-01']) {
    const answer = await fetch(`${base()}${page}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/html');
    expect(answer.headers.get('cache-control')).toBe('no-cache');
  }
  // A file that is not there is not the application's page.
  expect((await fetch(`${base()}/app/assets/index-missing.js`)).status).toBe(404);
  // The application's files are only read: another method is a plain 404 a client can read, not one marked as compressed.
  for (const method of ['POST', 'DELETE']) {
    const answer = await fetch(`${base()}/app/`, { method, headers: { 'accept-encoding': 'gzip, br' } });
    expect({ method, status: answer.status, encoding: answer.headers.get('content-encoding') }).toEqual({ method, status: 404, encoding: null });
    expect(((await answer.json()) as { code: string }).code).toBe('NOT_FOUND');
  }
});

test('a dashboard or a list opened by its address asks for its data and its code while the session is still being asked for', async ({ page }) => {
  await signIn(page, 'admin');
  const dashboard = await openDashboard(page);
  const planId = new URL(dashboard).pathname.split('/').at(-1)!;
  const pages = [
    { address: dashboard, heading: 'Progress by objective', data: /^\/plans\/[^/]+\/dashboard$/, code: /\/PlanDashboardPage-[^/]+\.js$/ },
    {
      address: `${base()}/app/activities?planId=${planId}&status=in_progress`,
      heading: 'Activities',
      data: /^\/activities$/,
      code: /\/ActivitiesPage-[^/]+\.js$/,
    },
  ];
  for (const opened of pages) {
    const asked = pathsAsked(page);
    await page.goto(opened.address);
    await expect(page.getByRole('heading', { name: opened.heading, exact: true })).toBeVisible();
    const session = asked.indexOf('/auth/me');
    expect(session).toBeGreaterThan(-1);
    expect(asked.findIndex((path) => opened.data.test(path))).toBeLessThan(session);
    expect(asked.findIndex((path) => opened.code.test(path))).toBeLessThan(session);
    // The page found its data already asked for: one request, not two.
    expect(asked.filter((path) => opened.data.test(path))).toHaveLength(1);
    page.removeAllListeners('request');
  }
});

test('a form for a new record asks for no record; signed out, a dashboard’s address shows after signing in', async ({ page }) => {
  await signIn(page, 'admin');
  const asked = pathsAsked(page);
  await page.goto(`${base()}/app/plans/new`);
  await expect(page.getByRole('heading', { name: 'Draft a plan' })).toBeVisible();
  expect(asked.filter((path) => path.startsWith('/plans/new'))).toEqual([]);

  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  const address = await openDashboard(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'admin', address);
  await expect(page.getByRole('heading', { name: 'Progress by objective' })).toBeVisible();
});
