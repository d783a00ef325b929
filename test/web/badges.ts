import type { Page } from '@playwright/test';

/** The part of the DOM the measurement reads (tests are compiled without the DOM's types). */
interface BadgeLabel {
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * The badges of the page whose label does not fit its box ("SCHEDUL…" where "SCHEDULED" belongs), in
 * words: the label, and how wide it is against the room it has. None when every badge shows its whole label.
 */
export async function truncatedBadges(page: Page, what: string): Promise<string[]> {
  const cut = await page.evaluate(() =>
    Array.from(
      (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<BadgeLabel> } }).document.querySelectorAll('.mantine-Badge-label'),
    )
      .filter((label) => label.scrollWidth > label.clientWidth)
      .map((label) => `"${(label.textContent ?? '').trim()}" needs ${label.scrollWidth} px, has ${label.clientWidth} px`),
  );
  return cut.length ? [`${what}: ${cut.length} badge(s) cut off, e.g. ${cut.slice(0, 3).join('; ')}`] : [];
}
