import { TITLE_LANGUAGES, type Titles } from '#domain';

export type Narratives = { narrative: Record<string, string>[] };

export const narrative = (text: string): Narratives => ({ narrative: [{ '#text': text }] });

/** One narrative per language stored; the activity's default language (en) needs no xml:lang. */
export const narratives = (titles: Titles): Narratives => ({
  narrative: TITLE_LANGUAGES.flatMap((l) => (titles[l] === undefined ? [] : [{ ...(l === 'en' ? {} : { '@_xml:lang': l }), '#text': titles[l] }])),
});
