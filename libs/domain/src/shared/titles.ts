/** The languages of the plan's users, in the order a title falls back through when none is asked for. */
export const TITLE_LANGUAGES = ['en', 'ru', 'tg'] as const;
export type TitleLanguage = (typeof TITLE_LANGUAGES)[number];

/** A record's title in each language it was given in: at least one, each a non-empty string. */
export type Titles = Partial<Record<TitleLanguage, string>>;

/** The title in `language` when stored, else the first stored in the order en, ru, tg. */
export function titleIn(titles: Titles, language?: TitleLanguage): string {
  const asked = language ? titles[language] : undefined;
  return asked ?? TITLE_LANGUAGES.map((l) => titles[l]).find((t) => t !== undefined) ?? '';
}

/** An amendment names only the languages it corrects; the others stay as stored. */
export function mergeTitles(current: Titles, given: Titles): Titles {
  return Object.fromEntries(TITLE_LANGUAGES.flatMap((l) => {
    const title = given[l] ?? current[l];
    return title === undefined ? [] : [[l, title]];
  })) as Titles;
}

export function isTitleLanguage(value: unknown): value is TitleLanguage {
  return typeof value === 'string' && (TITLE_LANGUAGES as readonly string[]).includes(value);
}
