/** TypeORM's Postgres driver answers an UPDATE or DELETE … RETURNING with [rows, count], an INSERT or SELECT with rows. */
export function returnedRows<T>(result: unknown): T[] {
  const list = result as unknown[];
  return list.length === 2 && Array.isArray(list[0]) && typeof list[1] === 'number' ? (list[0] as T[]) : (list as T[]);
}
