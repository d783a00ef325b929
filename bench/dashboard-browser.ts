import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { percentile, report } from './support.js';

const LOADS = Number(process.env.BENCH_BROWSER_LOADS ?? 10);
const GOAL_MS = 1500;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The web application is served only when built; build it before the service starts. */
export function ensureWebBuilt(): void {
  if (!existsSync('dist/web/index.html')) execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
}

/**
 * The plan dashboard as a person gets it: a fresh browser context (nothing cached) opens
 * /app/plans/:id and waits until the figures and the progress by objective are on the screen. The
 * browser carries the bench's bearer token on every request, which the API honours like a session.
 */
export async function dashboardInBrowser(base: string, token: string, planId: string, apiP50: number): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    report({ figure: 'dashboard_in_browser_ms', skipped: `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or CHROMIUM_PATH)` });
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const samples: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${base}/app/plans/${planId}`);
      await page.getByRole('heading', { name: 'Progress by objective' }).waitFor({ timeout: 30_000 });
      samples.push(performance.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  samples.sort((a, b) => a - b);
  const p95 = percentile(samples, 95);
  report({ figure: 'dashboard_in_browser_ms', loads: LOADS, p50: Math.round(percentile(samples, 50)), p95: Math.round(p95), goal_ms: GOAL_MS, ratio_to_goal: +(p95 / GOAL_MS).toFixed(2), ratio_to_api_dashboard_p50: +(percentile(samples, 50) / apiP50).toFixed(1) });
}
