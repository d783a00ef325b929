import { rejectValue } from '../shared/invalid-value.js';
import type { CategoryValue, DimensionContext } from './disaggregation.js';
import { requireValueOfType, type IndicatorShape } from './indicator-definition.js';

/** Sums of floating-point counts: equal within this. */
const TOLERANCE = 1e-9;

/**
 * A reported total's values per category: each of a dimension the indicator is disaggregated by and of
 * a category that dimension has, once each, of the indicator's type. For a count (type number), an
 * exhaustive dimension's categories add up to the total when given; percentages and yes/no are
 * rates per category, which do not add up.
 */
export function requireCategoryValues(
  indicator: Pick<IndicatorShape, 'type' | 'disaggregations'>,
  catalogue: readonly DimensionContext[],
  total: number,
  categories: readonly CategoryValue[],
  field: string,
): void {
  const seen = new Set<string>();
  categories.forEach(({ dimension, category, value }, j) => {
    const at = `${field}[${j}]`;
    const known = catalogue.find((d) => d.code === dimension);
    if (!indicator.disaggregations.includes(dimension) || !known) {
      rejectValue('DIMENSION_NOT_USED', `the indicator is not disaggregated by ${dimension} (it is by: ${indicator.disaggregations.join(', ') || 'nothing'})`, at);
    }
    if (!known.categories.includes(category)) {
      rejectValue('UNKNOWN_CATEGORY', `${category} is not a category of ${dimension} (${known.categories.join(', ')})`, at);
    }
    if (seen.has(`${dimension}/${category}`)) rejectValue('DUPLICATE_CATEGORY', `${dimension} ${category} is given twice`, at);
    seen.add(`${dimension}/${category}`);
    requireValueOfType(indicator.type, value, `${at}.value`);
  });
  if (indicator.type !== 'number') return;
  for (const dimension of catalogue.filter((d) => d.exhaustive)) {
    const own = categories.filter((c) => c.dimension === dimension.code);
    if (own.length === 0) continue;
    const sum = own.reduce((s, c) => s + c.value, 0);
    if (Math.abs(sum - total) > TOLERANCE) {
      rejectValue('CATEGORIES_DO_NOT_ADD_UP', `the ${dimension.code} categories add up to ${sum}, not to the total ${total}`, field);
    }
  }
}
