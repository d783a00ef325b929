/** Whether two JSON values are equal, whatever the order of object keys: "does a correction change anything?". */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * What a correction proposes, or records as `after`: a value replaces the field; on the optional
 * fields `R` a record may lack, null removes it.
 */
export type Changes<T, R extends keyof T = never> = { [K in keyof T]?: K extends R ? T[K] | null : T[K] };

/**
 * The fields of `proposed` that differ from `current`, as `before` and `after`: what a correction
 * event records. Fields not proposed (undefined) are kept; null removes one, and removing a field the
 * record lacks changes nothing.
 */
export function changesOf<T extends object, R extends keyof T = never>(current: T, proposed: Changes<T, R>): { before: Partial<T>; after: Changes<T, R> } {
  const before: Partial<T> = {};
  const after: Changes<T, R> = {};
  for (const key of Object.keys(proposed) as (keyof T)[]) {
    const next = proposed[key];
    if (next === undefined || sameValue(current[key] ?? null, next)) continue;
    if (current[key] !== undefined) before[key] = current[key];
    after[key] = next;
  }
  return { before, after };
}

/**
 * A record after a correction: the fields `after` gives replace its own, and a null one is removed
 * (a state or view keeps an absent optional field absent, never null).
 */
export function withChanges<S extends object>(record: S, after: object): S {
  const next = { ...record, ...after } as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) if (value === null) delete next[key];
  return next as S;
}
