const DAY_MS = 86_400_000;

/** The UTC date `days` after today (before it when negative), as the API writes dates (YYYY-MM-DD). */
export const daysFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from today (UTC) to `date` (YYYY-MM-DD): 0 today, negative once past. */
export const daysUntil = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${daysFromToday(0)}T00:00:00Z`)) / DAY_MS);
