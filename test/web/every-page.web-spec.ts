import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { base, expectAccessible, signIn } from './support.js';

/** Every route of the application, read from its router: a page added later is checked without being listed here. */
const ROUTES = [...readFileSync('apps/web/src/App.tsx', 'utf8').matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]).filter((p) => p !== '*');

test('every page of the application, as the secretariat sees it, has no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(240_000);
  expect(ROUTES.length).toBeGreaterThan(15);
  await signIn(page, 'admin');
  const get = async (path: string) => (await page.request.get(`${base()}${path}`)).json();
  const plan = (await get('/plans?pageSize=50')).items.find((p: { code: string }) => p.code === 'TJ-DIASPORA-2015-2020');
  const activity = (await get(`/activities?planId=${plan.id}&code=2.1.2`)).items[0];
  const session = (await get('/commission/sessions?pageSize=1')).items[0];
  const donor = (await get('/organizations?pageSize=200')).items.find((o: { acronym: string }) => o.acronym === 'EU');
  const meeting = (await get('/meetings?pageSize=1')).items[0];
  const ids: [string, string][] = [['/plans', plan.id], ['/activities', activity.id], ['/commission', session.id], ['/meetings', meeting.id], ['/donors', donor.id]];
  const idFor = (path: string) => ids.find(([prefix]) => path.startsWith(prefix))![1];

  const visited: string[] = [];
  for (const route of ROUTES) {
    const path = route.includes(':id') ? route.replace(':id', idFor(route)) : route;
    await page.goto(`${base()}/app${path}`);
    await expect(page.getByRole('heading', { level: 1 }).first(), `${route} shows its heading`).toBeVisible();
    await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0);
    await expect(page, `${route} is not sent elsewhere`).toHaveURL(new RegExp(`/app${path.replace(/[?]/g, '\\?')}$`));
    await expectAccessible(page);
    visited.push(route);
  }
  expect(visited).toEqual(ROUTES);
});
