import type { DimensionContext, DisaggregationDimension } from './disaggregation.js';

/** The dimensions of the worked example: sex and age group add up, migrant status does not (some are unknown). */
export const SEX: DisaggregationDimension = {
  code: 'sex',
  names: { en: 'Sex', ru: 'Пол', tg: 'Ҷинс' },
  exhaustive: true,
  categories: [
    { code: 'female', names: { en: 'Female' } },
    { code: 'male', names: { en: 'Male' } },
  ],
};
export const AGE: DisaggregationDimension = {
  code: 'age',
  names: { en: 'Age group' },
  exhaustive: true,
  categories: [
    { code: 'child', names: { en: 'Under 18' } },
    { code: 'adult', names: { en: '18 and over' } },
  ],
};
export const MIGRANT_STATUS: DisaggregationDimension = {
  code: 'migrant_status',
  names: { en: 'Migrant status' },
  exhaustive: false,
  categories: [
    { code: 'returnee', names: { en: 'Returned migrant' } },
    { code: 'left_behind', names: { en: 'Family left behind' } },
  ],
};

export const CATALOGUE: DimensionContext[] = [SEX, AGE, MIGRANT_STATUS].map(({ code, exhaustive, categories }) => ({ code, exhaustive, categories: categories.map((c) => c.code) }));
