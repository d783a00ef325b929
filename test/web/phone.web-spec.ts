import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { base, demoPaths, expectAccessible, ROUTES } from './support.js';
import { EVERYONE, type PersonKey } from './people.js';
import { truncatedBadges } from './badges.js';

/** A phone held upright, as the agencies' focal points in the provinces report from: touch, no mouse. */
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

/** The part of the DOM the measurement reads (tests are compiled without the DOM's types). */
interface Node {
  nodeType: number;
  textContent: string | null;
}
interface Element extends Node {
  tagName: string;
  className: unknown;
  childNodes: ArrayLike<Node>;
  getBoundingClientRect(): { right: number; width: number; height: number };
}
interface PageWindow {
  innerWidth: number;
  document: {
    scrollingElement: { scrollWidth: number };
    body: Element;
    createRange(): { selectNodeContents(node: Node): void; getBoundingClientRect(): { right: number } };
  };
  getComputedStyle(element: Element): { overflowX: string; textOverflow: string };
}

/**
 * What does not fit a phone's width: how far the page scrolls sideways, and what sticks out past the
 * screen's right edge without a box of its own to scroll it into view (cut off by a card, or in the fixed
 * header, it cannot be reached at all). A wide table that scrolls inside its own container is fine, and
 * so is text a component shortens with an ellipsis.
 */
async function misfits(page: Page): Promise<{ overflow: number; cutOff: string[] }> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    const width = w.innerWidth;
    const cutOff: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}`;
    const text = (node: Node) => `"${(node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const visit = (element: Element) => {
      const box = element.getBoundingClientRect();
      if (box.width > 1 && box.height > 1 && box.right > width + 0.5) {
        cutOff.push(`${name(element)} ${text(element)} reaches ${Math.round(box.right)} px`);
        return;
      }
      const style = w.getComputedStyle(element);
      // What a box scrolls is within reach.
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') return;
      for (const child of Array.from(element.childNodes)) {
        if (child.nodeType === 1) visit(child as Element);
        else if (child.nodeType === 3 && child.textContent?.trim() && style.textOverflow !== 'ellipsis') {
          const range = w.document.createRange();
          range.selectNodeContents(child);
          const right = range.getBoundingClientRect().right;
          if (right > width + 0.5) cutOff.push(`text ${text(child)} in ${name(element)} reaches ${Math.round(right)} px`);
        }
      }
    };
    visit(w.document.body);
    return { overflow: w.document.scrollingElement.scrollWidth - width, cutOff };
  });
}

/** The misfits of the page as it stands, in words; none when it fits. */
async function misfitsOf(page: Page, what: string): Promise<string[]> {
  const { overflow, cutOff } = await misfits(page);
  return [
    ...(overflow > 0 ? [`${what}: the page scrolls ${overflow} px sideways`] : []),
    ...(cutOff.length ? [`${what}: ${cutOff.length} element(s) past the right edge, e.g. ${cutOff.slice(0, 3).join('; ')}`] : []),
  ];
}

/** Waits until the page shows its heading and nothing on it is still loading (lists, charts and their code). */
async function settled(page: Page, what: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first(), `${what} shows its heading`).toBeVisible();
  await expect(page.locator('.mantine-Loader-root'), `${what} has finished loading`).toHaveCount(0);
}

/** Signs in on the sign-in page by touch; by the fields' kinds, as support.ts does, not by their labels. */
async function signInByTouch(page: Page, who: PersonKey): Promise<void> {
  const person = EVERYONE.find((p) => p.key === who)!;
  await page.goto(`${base()}/`);
  for (const [kind, value] of [
    ['username', person.email],
    ['current-password', person.password],
  ]) {
    await page.locator(`input[autocomplete="${kind}"]`).tap();
    await page.locator(`input[autocomplete="${kind}"]`).fill(value);
  }
  await page.locator('button[type="submit"]').tap();
  await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeVisible();
}

/** Whether a field of the form takes (nearly) the form's whole width: one field a line, wide enough for a whole date or address. */
async function expectFullWidth(field: Locator, form: Locator, label: string): Promise<void> {
  const [fieldBox, formBox] = [await field.boundingBox(), await form.boundingBox()];
  expect(fieldBox!.width, `${label} is ${Math.round(fieldBox!.width)} px wide in a form of ${Math.round(formBox!.width)} px`).toBeGreaterThanOrEqual(
    formBox!.width * 0.8,
  );
}

test('every page of the application fits a phone’s width: only a wide table scrolls sideways, inside its own box, and no badge is cut off', async ({ page }) => {
  test.setTimeout(240_000);
  expect(ROUTES.length).toBeGreaterThan(15);
  const misfitting: string[] = [];

  await page.goto(`${base()}/`);
  await settled(page, 'the sign-in page');
  misfitting.push(...(await misfitsOf(page, 'the sign-in page')));
  await signInByTouch(page, 'admin');
  const pathOf = await demoPaths(page);

  const visited: string[] = [];
  for (const route of ROUTES) {
    const path = pathOf(route);
    await page.goto(`${base()}/app${path}`);
    await settled(page, route);
    await expect(page, `${route} is not sent elsewhere`).toHaveURL(new RegExp(`/app${path.replace(/[?]/g, '\\?')}$`));
    misfitting.push(...(await misfitsOf(page, route)), ...(await truncatedBadges(page, route)));
    visited.push(route);
  }
  expect(visited).toEqual(ROUTES);

  // The digests the audit page shows are 64 characters without a space, read out into the minutes.
  await page.goto(`${base()}/app/audit`);
  await page.getByRole('button', { name: 'Verify the record' }).tap();
  await expect(page.getByText('The record is intact')).toBeVisible();
  await page.getByRole('textbox', { name: 'Digest' }).fill('0'.repeat(64));
  await page.getByRole('textbox', { name: 'Position' }).fill('1:1');
  await page.getByRole('button', { name: 'Check against the record' }).tap();
  await expect(page.getByText(/The digest differs/)).toBeVisible();
  misfitting.push(...(await misfitsOf(page, '/audit with a verification and a digest checked')));

  // Statuses in the donor portfolio's table showed "COMPL…", "IN PRO…", "OVERD…": a badge keeps its whole label.
  expect(misfitting, 'what does not fit a 390-pixel-wide phone (or cuts a badge\'s label), page by page').toEqual([]);
});

test('an agency focal point reports progress from a phone, by taps, on an activity the Migration Service leads, and signs out', async ({ page }) => {
  const title = 'Migration data exchange between the Migration Service and the statistics agency';
  await signInByTouch(page, 'agency');
  const navigation = page.getByRole('navigation', { name: 'main' });
  // On a phone the navigation waits behind the burger button, and closes once a page is chosen.
  await expect(navigation.getByRole('link', { name: 'Activities' })).not.toBeInViewport();
  await page.getByRole('button', { name: 'Menu', exact: true }).tap();
  await navigation.getByRole('link', { name: 'Activities' }).tap();
  await expect(page.getByRole('heading', { name: 'Activities', level: 1 })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Activities' })).not.toBeInViewport();

  await page.getByLabel('Search').tap();
  await page.getByLabel('Search').fill('Migration data exchange');
  await page.getByRole('button', { name: 'Search' }).tap();
  await page.getByRole('link', { name: title }).tap();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('link', { name: 'Report progress' }).tap();
  await expect(page.getByRole('heading', { name: 'Report progress' })).toBeVisible();

  const fields: [string, string][] = [
    ['Period start', '2020-01-01'],
    ['Period end', '2020-12-31'],
    ['Percent complete', '70'],
    ['Narrative', 'Weekly data transfers to the statistics agency run since October; the data protection rules are in force.'],
  ];
  for (const [label, value] of fields) {
    await page.getByLabel(label).tap();
    await page.getByLabel(label).fill(value);
  }
  await page.getByRole('button', { name: 'Add evidence' }).tap();
  await page.getByLabel('Document title').tap();
  await page.getByLabel('Document title').fill('Data-sharing protocol signed with the statistics agency');
  await page.getByLabel('Address (URL)').tap();
  await page.getByLabel('Address (URL)').fill('https://ms.example.tj/data-exchange/protocol-2020.pdf');
  // One field a line: a date squeezed into a third of a phone shows "01/01/20" and hides its year.
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Record the report' }) });
  for (const label of [...fields.map(([label]) => label), 'Document title', 'Address (URL)', 'Reason'])
    await expectFullWidth(page.getByLabel(label), form, label);
  expect(await misfitsOf(page, 'the filled report form')).toEqual([]);
  await expectAccessible(page);
  if (process.env.SCREENSHOTS === '1') {
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/phone-report.png', fullPage: true });
  }

  await page.getByRole('button', { name: 'Record the report' }).tap();
  await expect(page.getByText('The report was recorded.')).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  // The demo plan's reports wait for the secretariat: recorded, awaiting approval.
  const awaiting = page.getByRole('heading', { name: 'Reports awaiting a step' }).locator('..');
  await expect(awaiting.getByText('2020-01-01 – 2020-12-31: 70 %')).toBeVisible();
  await expect(awaiting.getByText('Awaiting approval')).toBeVisible();
  expect(await misfitsOf(page, 'the activity with the report recorded')).toEqual([]);

  // Signing out is within reach on a phone too: in the navigation, beside the language.
  await page.getByRole('button', { name: 'Menu', exact: true }).tap();
  await expect(page.getByRole('radiogroup', { name: 'Language' })).toBeInViewport();
  await page.getByRole('button', { name: 'Sign out' }).tap();
  await expect(page.locator('input[autocomplete="username"]')).toBeVisible();
});
