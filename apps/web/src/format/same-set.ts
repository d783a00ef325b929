/** Whether two lists of ids hold the same ids, in any order: a form sends a list only when it changed. */
export const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));
