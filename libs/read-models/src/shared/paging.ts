import type { DataSource } from 'typeorm';
import { readInOneSnapshot, type SnapshotQuery } from '#platform';

export interface Paging {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Collects `WHERE` conditions with numbered parameters. */
export class Conditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: (param: string) => string, value: unknown): this {
    this.params.push(value);
    this.clauses.push(clause(`$${this.params.length}`));
    return this;
  }

  raw(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  get where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }

  /** LIMIT/OFFSET parameters appended after the filters. */
  limit({ page, pageSize }: Paging): string {
    return `LIMIT ${Number(pageSize)} OFFSET ${(Number(page) - 1) * Number(pageSize)}`;
  }
}

/**
 * A page of a table's rows and how many match in all, read in one snapshot: read apart, a total could count a
 * row its page does not show, or the reverse, when the projector commits between the two. `rows` reads the page
 * with the LIMIT clause it is given; the page and the count still run side by side on a server.
 */
export async function readPage<Row>(
  db: DataSource,
  table: string,
  where: Conditions,
  paging: Paging,
  rows: (query: SnapshotQuery, limit: string) => Promise<Row[]>,
): Promise<Page<Row>> {
  return readInOneSnapshot(db, 2, async (query) => {
    const [items, count] = await Promise.all([
      rows(query, where.limit(paging)),
      query<{ total: number }[]>(`SELECT count(*)::int AS total FROM ${table} ${where.where}`, where.params),
    ]);
    return { items, page: paging.page, pageSize: paging.pageSize, total: count[0].total };
  });
}
