import type { Titles } from '../shared/titles.js';

/** A named category of a dimension: `female` of `sex`, `KG` of `country`. */
export interface DisaggregationCategory {
  code: string;
  names: Titles;
}

/**
 * A dimension of the plan's disaggregation catalogue. `exhaustive`: every unit counted falls in exactly
 * one category (sex, age group), so a count's categories add up to its total; a dimension such as
 * migrant status, where some are unknown, is not.
 */
export interface DisaggregationDimension {
  code: string;
  names: Titles;
  exhaustive: boolean;
  categories: DisaggregationCategory[];
}

/** What the activity rules need of a dimension, passed in `context.plan`. */
export interface DimensionContext {
  code: string;
  exhaustive: boolean;
  categories: string[];
}

export function dimensionContextOf({ code, exhaustive, categories }: DisaggregationDimension): DimensionContext {
  return { code, exhaustive, categories: categories.map((c) => c.code) };
}

/** One value of a reported total, for one category of one dimension. */
export interface CategoryValue {
  dimension: string;
  category: string;
  value: number;
}
