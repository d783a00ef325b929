import type { Conditions } from './paging.js';

/**
 * Accent- and case-insensitive search without a database extension (PGlite ships `unaccent` only as
 * an optional contrib module): projections store each record's searchable words already normalised in
 * a `search` column, and a query is normalised the same way before it is matched with LIKE.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ғқҳҷ]/g, (c) => TAJIK_BASE_LETTERS[c]);
}

/**
 * Tajik letters with a descender have no decomposition in Unicode; typed without a Tajik keyboard
 * they become the Russian base letter (ӣ and ӯ do decompose, to и and у).
 */
const TAJIK_BASE_LETTERS: Record<string, string> = { ғ: 'г', қ: 'к', ҳ: 'х', ҷ: 'ч' };

/** The value of a `search` column: every searchable text of the record, normalised, one per line. */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .map(normaliseForSearch)
    .join('\n');
}

/** The words of a query, normalised: a record matches when it holds every one of them. */
export function searchWords(q: string): string[] {
  return normaliseForSearch(q).split(/\s+/u).filter((w) => w.length > 0);
}

/** LIKE patterns matching each word of `q` anywhere, its own `%`, `_` and `\` taken literally. */
export function searchPatterns(q: string): string[] {
  return searchWords(q).map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** `q=` as conditions on a table's `search` column. */
export function whereSearch(where: Conditions, q: string | undefined): Conditions {
  for (const pattern of q ? searchPatterns(q) : []) where.add((p) => `search LIKE ${p}`, pattern);
  return where;
}

/** The same match in memory, for views folded from events (time travel). */
export function matchesSearch(text: string, q: string): boolean {
  return searchWords(q).every((word) => text.includes(word));
}
