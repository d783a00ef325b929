import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { percentile, report } from './support.js';

const LOADS = Number(process.env.BENCH_BROWSER_LOADS ?? 10);
const GOAL_MS = 1500;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The web application is served only when built; build it before the service starts. */
export function ensureWebBuilt(): void {
  if (!existsSync('dist/web/index.html')) execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
}

/** A link as far from the service as a ministry's office on a slow line: 1.6 Mbit/s down, 150 ms round trip. */
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 };
const SLOW_LOADS = Number(process.env.BENCH_BROWSER_SLOW_LOADS ?? 3);

/**
 * Milliseconds from the navigation's start until the dashboard's "Progress by objective" heading is in
 * the page and a frame has been drawn with it, read in the page itself (a locator's polling would add
 * up to half a second of its own).
 */
const WATCH_FOR_HEADING = `
  new MutationObserver((_, observer) => {
    for (const heading of document.querySelectorAll('h2')) {
      if (heading.textContent !== 'Progress by objective') continue;
      observer.disconnect();
      requestAnimationFrame(() => (window.headingShownAt = performance.now()));
      return;
    }
  }).observe(document, { childList: true, subtree: true });`;

async function openDashboard(page: Page, address: string): Promise<number> {
  await page.goto(address);
  const shown = await page.waitForFunction(() => (globalThis as { headingShownAt?: number }).headingShownAt, null, { polling: 'raf', timeout: 30_000 });
  return (await shown.jsonValue()) as number;
}

/**
 * The plan dashboard as a person gets it: a fresh browser context (nothing cached) opens
 * /app/plans/:id, then opens it again as a returning visitor (the application's files from the
 * browser's cache); then a few fresh loads over a slow link. The browser carries the bench's bearer
 * token on every request, which the API honours like a session.
 */
export async function dashboardInBrowser(base: string, token: string, planId: string, apiP50: number): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    report({ figure: 'dashboard_in_browser_ms', skipped: `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or CHROMIUM_PATH)` });
    return;
  }
  const address = `${base}/app/plans/${planId}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const cold: number[] = [];
  const warm: number[] = [];
  const slow: number[] = [];
  try {
    for (let i = 0; i < LOADS + SLOW_LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
      await context.addInitScript({ content: WATCH_FOR_HEADING });
      const page = await context.newPage();
      if (i < LOADS) {
        cold.push(await openDashboard(page, address));
        warm.push(await openDashboard(page, address));
      } else {
        const devtools = await context.newCDPSession(page);
        await devtools.send('Network.enable');
        await devtools.send('Network.emulateNetworkConditions', SLOW_LINK);
        slow.push(await openDashboard(page, address));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  for (const samples of [cold, warm, slow]) samples.sort((a, b) => a - b);
  const p50 = percentile(cold, 50);
  const p95 = percentile(cold, 95);
  report({
    figure: 'dashboard_in_browser_ms',
    loads: LOADS,
    p50: Math.round(p50),
    p95: Math.round(p95),
    returning_p50: Math.round(percentile(warm, 50)),
    goal_ms: GOAL_MS,
    ratio_to_goal: +(p95 / GOAL_MS).toFixed(2),
    ratio_to_api_dashboard_p50: +(p50 / apiP50).toFixed(1),
  });
  if (SLOW_LOADS > 0) {
    report({
      figure: 'dashboard_in_browser_slow_link_ms',
      link: '1.6 Mbit/s, 150 ms round trip',
      loads: SLOW_LOADS,
      p50: Math.round(percentile(slow, 50)),
      max: Math.round(slow.at(-1)!),
      ratio_to_fast_p50: +(percentile(slow, 50) / p50).toFixed(1),
    });
  }
}
