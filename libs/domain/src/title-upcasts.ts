import type { UpcastStep } from './shared/upcasting.js';

/**
 * Titles in en, ru and tg: version 2 for activities, version 3 for decisions. Before, a title was one
 * string, always English (the only language the API then took); it is read as `titles: { en }`.
 */
function englishTitles(data: Record<string, unknown>): Record<string, unknown> {
  if (typeof data.title !== 'string') return data;
  const { title, ...rest } = data;
  return { ...rest, titles: { en: title } };
}

function amendedTitles(data: Record<string, unknown>): Record<string, unknown> {
  const side = (value: unknown) => (value && typeof value === 'object' ? englishTitles(value as Record<string, unknown>) : value);
  return { ...data, before: side(data.before), after: side(data.after) };
}

export const TITLES_UPCAST_STEPS: readonly UpcastStep[] = [
  { type: 'ActivityPlanned', from: 1, upcast: (data) => ({ data: englishTitles(data) }) },
  { type: 'ActivityAmended', from: 1, upcast: (data) => ({ data: amendedTitles(data) }) },
  // Version 3: decisions' titles (versions 1 and 2 stored them as one English string).
  { type: 'DecisionRecorded', from: 2, upcast: (data) => ({ data: englishTitles(data) }) },
  { type: 'DecisionAmended', from: 2, upcast: (data) => ({ data: amendedTitles(data) }) },
];
