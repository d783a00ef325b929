import type { UpcastStep } from './shared/upcasting.js';

type Data = Record<string, unknown>;

/**
 * Titles in en, ru and tg: version 2 for activities, 3 for decisions, 4 for objectives, indicators'
 * names, agenda items and recommendations' texts. Before, each was one string, always English (the only
 * language the API then took); it is read as `{ en }` under the plural name.
 */
function english(plain: string, plural: string): (data: Data) => Data {
  return (data) => {
    if (typeof data[plain] !== 'string') return data;
    const { [plain]: value, ...rest } = data;
    return { ...rest, [plural]: { en: value } };
  };
}

/** The same lift on both sides of a correction, and on `before` of a removal. */
function onSides(lift: (data: Data) => Data): (data: Data) => Data {
  const side = (value: unknown) => (value && typeof value === 'object' ? lift(value as Data) : value);
  return (data) => ({ ...data, ...('before' in data ? { before: side(data.before) } : {}), ...('after' in data ? { after: side(data.after) } : {}) });
}

/** An agenda of plain strings becomes an agenda of titles. */
function englishAgenda(data: Data): Data {
  if (!Array.isArray(data.agenda)) return data;
  return { ...data, agenda: data.agenda.map((item: unknown) => (typeof item === 'string' ? { en: item } : item)) };
}

const englishTitles = english('title', 'titles');
const amendedTitles = onSides(englishTitles);

export const TITLES_UPCAST_STEPS: readonly UpcastStep[] = [
  { type: 'ActivityPlanned', from: 1, upcast: (data) => ({ data: englishTitles(data) }) },
  { type: 'ActivityAmended', from: 1, upcast: (data) => ({ data: amendedTitles(data) }) },
  // Version 3: decisions' titles (versions 1 and 2 stored them as one English string).
  { type: 'DecisionRecorded', from: 2, upcast: (data) => ({ data: englishTitles(data) }) },
  { type: 'DecisionAmended', from: 2, upcast: (data) => ({ data: amendedTitles(data) }) },
  // Version 4: objectives' titles, indicators' names, agenda items and recommendations' texts.
  { type: 'ObjectiveAdded', from: 3, upcast: (data) => ({ data: englishTitles(data) }) },
  { type: 'ObjectiveAmended', from: 3, upcast: (data) => ({ data: amendedTitles(data) }) },
  { type: 'ObjectiveRemoved', from: 3, upcast: (data) => ({ data: amendedTitles(data) }) },
  { type: 'IndicatorDefined', from: 3, upcast: (data) => ({ data: english('name', 'names')(data) }) },
  { type: 'IndicatorRevised', from: 3, upcast: (data) => ({ data: onSides(english('name', 'names'))(data) }) },
  { type: 'CommissionSessionScheduled', from: 3, upcast: (data) => ({ data: englishAgenda(data) }) },
  { type: 'CommissionSessionAmended', from: 3, upcast: (data) => ({ data: onSides(englishAgenda)(data) }) },
  { type: 'RecommendationSubmitted', from: 3, upcast: (data) => ({ data: english('text', 'texts')(data) }) },
  { type: 'RecommendationAmended', from: 3, upcast: (data) => ({ data: onSides(english('text', 'texts'))(data) }) },
];
