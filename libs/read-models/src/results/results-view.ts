import { titleIn, type Changes, type RemovableShapeField, type IndicatorDirection, type IndicatorShape, type IndicatorTarget, type IndicatorType, type PlanEvent, type Titles } from '#domain';

export interface CategoryView {
  code: string;
  name: string;
  names: Titles;
}

/** A dimension of the plan's disaggregation catalogue. */
export interface DimensionView {
  code: string;
  name: string;
  names: Titles;
  exhaustive: boolean;
  categories: CategoryView[];
}

/** An indicator's definition as reads show it, on an objective or an activity. */
export interface IndicatorDefinitionView {
  indicatorId: string;
  /** The name in the first language stored; reads answer it in the language asked for. */
  name: string;
  names: Titles;
  type: IndicatorType;
  unit: string;
  baseline: number;
  baselineDate: string | null;
  /** The final target. */
  target: number;
  targets: IndicatorTarget[];
  direction: IndicatorDirection;
  disaggregations: string[];
}

export interface ObjectiveIndicatorView extends IndicatorDefinitionView {
  objectiveId: string;
}

/** The results framework a plan view keeps; absent from views folded before it existed. */
export interface PlanResultsView {
  disaggregations?: DimensionView[];
  objectiveIndicators?: ObjectiveIndicatorView[];
}

const named = <T extends { names: Titles }>(value: T) => ({ ...value, name: titleIn(value.names) });

function dimensionView(dimension: { code: string; names: Titles; exhaustive: boolean; categories: { code: string; names: Titles }[] }): DimensionView {
  return { ...named({ code: dimension.code, names: dimension.names }), exhaustive: dimension.exhaustive, categories: dimension.categories.map(named) };
}

/** An indicator's definition, or the fields a revision changes, as the view keeps them (a baseline date removed: null). */
export function definitionView<T extends Changes<IndicatorShape, RemovableShapeField>>(shape: T): Omit<T, 'baselineDate'> & { name?: string; baselineDate?: string | null } {
  return { ...shape, ...(shape.names ? { name: titleIn(shape.names) } : {}), ...('baselineDate' in shape ? { baselineDate: shape.baselineDate ?? null } : {}) };
}

/** Pure: the plan's results framework after one of its events (undefined: the event is not one of them). */
export function evolvePlanResults(view: PlanResultsView, event: PlanEvent): PlanResultsView | undefined {
  const disaggregations = view.disaggregations ?? [];
  const objectiveIndicators = view.objectiveIndicators ?? [];
  switch (event.type) {
    case 'DisaggregationDefined':
      return { disaggregations: [...disaggregations, dimensionView(event.data)], objectiveIndicators };
    case 'DisaggregationAmended':
      return {
        disaggregations: disaggregations.map((d) => (d.code === event.data.code ? dimensionView({ ...d, ...event.data.after }) : d)),
        objectiveIndicators,
      };
    case 'ObjectiveIndicatorDefined': {
      const { effectiveOn: _e, ...indicator } = event.data;
      return { disaggregations, objectiveIndicators: [...objectiveIndicators, { baselineDate: null, ...definitionView(indicator) } as ObjectiveIndicatorView] };
    }
    case 'ObjectiveIndicatorRevised':
      return {
        disaggregations,
        objectiveIndicators: objectiveIndicators.map((i) => (i.indicatorId === event.data.indicatorId ? { ...i, ...definitionView(event.data.after) } : i)),
      };
    default:
      return undefined;
  }
}
