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
 * The fields of `proposed` that differ from `current`, as `before` and `after`: what a correction
 * event records. Fields not proposed (undefined) are kept.
 */
export function changesOf<T extends object>(current: T, proposed: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const key of Object.keys(proposed) as (keyof T)[]) {
    const next = proposed[key];
    if (next === undefined || sameValue(current[key], next)) continue;
    if (current[key] !== undefined) before[key] = current[key];
    after[key] = next;
  }
  return { before, after };
}
