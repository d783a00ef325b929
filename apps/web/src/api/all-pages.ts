/** A page of a list as the API answers it. */
interface Page {
  items: unknown[];
  total: number;
  pageSize: number;
}

/**
 * Every item of a paged list: the first page, then the others at once, answered as one page holding all.
 * For the lists a page needs whole (organisations to name and pick, plans, sessions, meetings, decisions):
 * the API gives at most 200 a page, and a picker or a name missing the 201st organisation would be wrong
 * without saying so.
 */
export async function allPages<L extends Page>(read: (page: number) => Promise<L>): Promise<L> {
  const first = await read(1);
  const pages = Math.ceil(first.total / Math.max(1, first.pageSize));
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, index) => read(index + 2)));
  return { ...first, items: [first, ...rest].flatMap((page) => page.items) };
}
