/** A column of the import's sheet: its header as the template writes it, and the request field it fills. */
export interface ImportColumn {
  /** Machine name, used in error paths (`rows[5].planned_end`). */
  key: string;
  header: string;
  /** The field of POST /activities' body it becomes (a dotted path); errors there are this column's. */
  field: string;
  required?: boolean;
  /** What the template's notes row says about it. */
  note: string;
  /** Other headers taken for it (the plan export's, a title without its language). */
  aliases?: string[];
}

/** The headers of the plan's spreadsheet export where they mean the same: a plan exported, edited and imported again keeps them. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'objective', header: 'Objective', field: 'objectiveId', required: true, note: "the objective's code in the plan, e.g. 2.1" },
  { key: 'code', header: 'Code', field: 'code', required: true, note: 'unique within the plan, e.g. 2.1.3' },
  { key: 'title_en', header: 'Title (en)', field: 'titles.en', note: 'at least one of the three titles', aliases: ['Title'] },
  { key: 'title_ru', header: 'Title (ru)', field: 'titles.ru', note: 'Russian title' },
  { key: 'title_tg', header: 'Title (tg)', field: 'titles.tg', note: 'Tajik title' },
  { key: 'description', header: 'Description', field: 'description', note: 'optional' },
  {
    key: 'lead_agency',
    header: 'Lead agency',
    field: 'leadAgencyId',
    required: true,
    note: 'the acronym of a registered organisation; MS (TJ) where two countries share it',
  },
  { key: 'partner_agencies', header: 'Partner agencies', field: 'partnerAgencyIds', note: 'acronyms separated by ;' },
  { key: 'planned_start', header: 'Planned start', field: 'plannedStart', required: true, note: 'a date, e.g. 2016-01-01' },
  { key: 'planned_end', header: 'Planned end', field: 'plannedEnd', required: true, note: 'a date on or after the start' },
  {
    key: 'locations',
    header: 'Locations',
    field: 'locations',
    note: 'province or province/district, separated by ;, the country in brackets where needed: Khatlon/Kulob; Osh (KG)',
  },
  { key: 'sdg_targets', header: 'SDG targets', field: 'tags.sdg', note: 'e.g. 10.7; 17.3' },
  { key: 'gcm_objectives', header: 'GCM objectives', field: 'tags.gcm', note: 'numbers from 1 to 23, e.g. 19; 23' },
  { key: 'sector', header: 'Sector', field: 'sectorCode', note: "a DAC purpose code; empty: the plan's default" },
  { key: 'budget', header: 'Budget', field: 'budget.amount', note: 'an amount, e.g. 120000.00' },
  { key: 'currency', header: 'Currency', field: 'budget.currency', note: 'ISO 4217, e.g. USD' },
];

/** The Code column: where a code's own problems go, and a field no column holds. */
export const CODE_COLUMN = IMPORT_COLUMNS.find((c) => c.key === 'code')!;

/** A header as people write it: case, spaces, brackets and underscores do not matter. */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const BY_HEADER = new Map(IMPORT_COLUMNS.flatMap((c) => [c.header, c.key, ...(c.aliases ?? [])].map((h) => [headerKey(h), c] as const)));

export function columnOfHeader(header: string): ImportColumn | undefined {
  return BY_HEADER.get(headerKey(header));
}

/**
 * The column a field of the request body came from: the column of that field or of an enclosing one
 * (`locations[2].province` is Locations'), else the first column inside it (`titles` is Title (en)'s).
 */
export function columnOfField(path: string): ImportColumn {
  const within = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return IMPORT_COLUMNS.find((c) => within(c.field, path)) ?? IMPORT_COLUMNS.find((c) => within(path, c.field)) ?? CODE_COLUMN;
}

/** A message about request fields, in the sheet's words: `plannedStart` becomes "Planned start". */
export function inSheetWords(message: string): string {
  return IMPORT_COLUMNS.reduce((text, c) => text.replace(new RegExp(`\\b${c.field.replace('.', '\\.')}\\b`, 'g'), c.header), message);
}
