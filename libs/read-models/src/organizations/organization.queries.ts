import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';
import { whereSearch } from '../shared/search.js';
import type { OrganizationView } from './organization-view.js';

export interface OrganizationFilters {
  kind?: string;
  /** ISO 3166-1 alpha-2, as registered. */
  country?: string;
  /** Name or acronym, accent- and case-insensitive. */
  q?: string;
}

@Injectable()
export class OrganizationQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Filtered, paged, ordered by name then id. */
  async list(filters: OrganizationFilters, paging: Paging): Promise<Page<OrganizationView>> {
    const where = new Conditions();
    if (filters.kind) where.add((p) => `kind = ${p}`, filters.kind);
    if (filters.country) where.add((p) => `country = ${p}`, filters.country);
    whereSearch(where, filters.q);
    const page = await readPage(this.db, 'organization_view', where, paging, (query, limit) =>
      query<{ view: OrganizationView }[]>(`SELECT view FROM organization_view ${where.where} ORDER BY name, id ${limit}`, where.params),
    );
    return { ...page, items: page.items.map((r) => r.view) };
  }

  async get(id: string): Promise<OrganizationView | undefined> {
    const rows: { view: OrganizationView }[] = await this.db.query('SELECT view FROM organization_view WHERE id = $1', [id]);
    return rows[0]?.view;
  }

  /** Id → name and acronym, for answers that name organisations (attendees, agencies). */
  async names(ids: readonly string[]): Promise<Map<string, { name: string; acronym: string }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string; acronym: string }[] = await this.db.query(
      "SELECT id, view->>'name' AS name, view->>'acronym' AS acronym FROM organization_view WHERE id = ANY($1::uuid[])",
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { name: r.name, acronym: r.acronym }]));
  }
}
