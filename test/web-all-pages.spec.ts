import { allPages } from '../apps/web/src/api/all-pages.js';

describe('every page of a list', () => {
  const list = (total: number, pageSize: number) => {
    const asked: number[] = [];
    const read = async (page: number) => {
      asked.push(page);
      const items = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * pageSize, page * pageSize);
      return { items, total, pageSize, page };
    };
    return { asked, read };
  };

  it('reads past the first page, each page once, in order', async () => {
    const { asked, read } = list(450, 200);
    const all = await allPages(read);
    expect(all.items).toHaveLength(450);
    expect(all.items.at(200)).toBe(201);
    expect(all.items.at(-1)).toBe(450);
    expect(asked.sort()).toEqual([1, 2, 3]);
  });

  it('asks once for a list that fits one page, or is empty', async () => {
    for (const total of [0, 200]) {
      const { asked, read } = list(total, 200);
      expect((await allPages(read)).items).toHaveLength(total);
      expect(asked).toEqual([1]);
    }
  });
});
