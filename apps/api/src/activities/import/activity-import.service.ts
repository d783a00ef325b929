import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { normalizeCode, type Titles } from '#domain';
import { ActivityImport, NotFoundError, type CommandEnvelope, type ImportedRow } from '#application';
import { ImportReferenceQueries } from '#read-models';
import { InvalidInputError } from '../../http/api-error.js';
import { withTitles } from '../../http/titles.js';
import { flattenValidationErrors, VALIDATOR_OPTIONS } from '../../http/validation.js';
import { PlanActivityDto } from '../activities.dto.js';
import { CODE_COLUMN, columnOfField, columnOfHeader, IMPORT_COLUMNS, inSheetWords, type ImportColumn } from './activity-import.columns.js';
import type { ActivityImportDto } from './activity-import.responses.js';
import { bodyOfRow } from './activity-rows.js';
import { fileError, readSheet, type Sheet } from './activity-sheet.js';

/** Columns of the plan's export that say what became of an activity, not what was planned: an import passes over them. */
const EXPORT_ONLY = ['Plan', 'Status', 'Percent complete', 'Overdue', 'Started on', 'Completed on'].map((h) => h.toLowerCase());

type FieldMessages = { field: string; messages: string[] };

/**
 * A plan's activities from a spreadsheet: every row is checked as POST /activities would check it (the
 * same validation, the same rules) before any is recorded, and every problem of every row is answered at
 * once, by row and column; only a file with none is recorded, or, with `dryRun`, only previewed.
 */
@Injectable()
export class ActivityImportService {
  constructor(
    private readonly references: ImportReferenceQueries,
    private readonly activities: ActivityImport,
  ) {}

  async import(
    planId: string,
    file: Buffer,
    { type, charset }: { type: string; charset?: string },
    envelope: CommandEnvelope,
    dryRun: boolean,
  ): Promise<ActivityImportDto> {
    const sheet = await readSheet(file, type, charset);
    const columns = columnsOf(sheet);
    const references = await this.references.of(planId);
    if (!references) throw new NotFoundError('plan', planId);

    const problems: FieldMessages[] = [];
    const rows: ImportedRow[] = [];
    // An activity this import recorded already (sent again with its key) is not a second one of that code.
    const recorded = new Map(references.activities.map((a) => [normalizeCode(a.code), a.id]));
    const inFile = new Map<string, number>();
    for (const row of sheet.rows) {
      const { body, problems: cells } = bodyOfRow(row, columns, references);
      const invalid = await validate(plainToInstance(PlanActivityDto, body), VALIDATOR_OPTIONS);
      const own: FieldMessages[] = [
        ...cells.map(({ column, message }) => ({ field: fieldOf(row.row, column), messages: [message] })),
        // A field whose cell could not be read is reported once, as the cell's problem.
        ...flattenValidationErrors(invalid)
          .map(({ field, messages }) => ({ field: fieldOf(row.row, columnOfField(field)), messages: messages.map(inSheetWords) }))
          .filter(({ field }) => !cells.some(({ column }) => fieldOf(row.row, column) === field)),
      ];
      const code = normalizeCode(String(body.code ?? ''));
      if (code && recorded.has(code) && recorded.get(code) !== this.activities.activityIdOf(envelope, row.row))
        own.push({ field: fieldOf(row.row, CODE_COLUMN), messages: [`the plan already has an activity ${body.code}`] });
      else if (code && inFile.has(code))
        own.push({ field: fieldOf(row.row, CODE_COLUMN), messages: [`row ${inFile.get(code)} has the code ${body.code} already`] });
      if (code) inFile.set(code, inFile.get(code) ?? row.row);
      if (own.length > 0) problems.push(...own);
      else rows.push({ row: row.row, body: withTitles(body as unknown as PlanActivityDto & { titles: Titles }) as ImportedRow['body'] });
    }
    // The activity rules, for the rows the edge let through.
    for (const [row, refusal] of await this.activities.check(planId, rows, envelope)) {
      problems.push({ field: refusal.field ? fieldOf(row, columnOfField(refusal.field)) : `rows[${row}]`, messages: [inSheetWords(refusal.message)] });
    }
    if (problems.length > 0) {
      const failing = new Set(problems.map((p) => /^rows\[(\d+)\]/.exec(p.field)?.[1])).size;
      throw new InvalidInputError(merged(problems), 'VALIDATION_FAILED', `${failing} of ${sheet.rows.length} rows cannot be imported; nothing was recorded`);
    }

    const title = (row: ImportedRow) => row.body.titles.en ?? row.body.titles.ru ?? row.body.titles.tg ?? '';
    if (dryRun) return { planId, dryRun, count: rows.length, activities: rows.map((r) => ({ row: r.row, code: r.body.code, title: title(r) })) };
    const written = await this.activities.commit(rows, envelope);
    return {
      planId,
      dryRun,
      count: written.length,
      activities: written.map((w, i) => ({ row: w.row, code: rows[i].body.code, title: title(rows[i]), id: w.id, revision: w.revision, position: w.position })),
      position: written.at(-1)?.position,
    };
  }
}

const fieldOf = (row: number, column: ImportColumn) => `rows[${row}].${column.key}`;

/** The sheet's columns by key; a header that is none of them, or a required one missing, is the file's problem. */
function columnsOf(sheet: Sheet): Map<string, ImportColumn> {
  const columns = new Map<string, ImportColumn>();
  const unknown: string[] = [];
  for (const header of sheet.headers) {
    const column = columnOfHeader(header);
    if (column && columns.has(column.key)) throw fileError(`two columns are ${column.header}: keep one`);
    if (column) columns.set(column.key, { ...column, header });
    else if (header && !EXPORT_ONLY.includes(header.toLowerCase())) unknown.push(header);
  }
  const names = IMPORT_COLUMNS.map((c) => c.header).join(', ');
  if (unknown.length > 0) throw fileError(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the columns are ${names}`);
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns.has(c.key)).map((c) => c.header);
  if (missing.length > 0) throw fileError(`the file has no column ${missing.join(', ')}; the columns are ${names}`);
  if (!['title_en', 'title_ru', 'title_tg'].some((key) => columns.has(key)))
    throw fileError('the file has no title column: Title (en), Title (ru) or Title (tg)');
  return columns;
}

/** One entry per field, its messages together, in the order of the rows. */
function merged(problems: FieldMessages[]): FieldMessages[] {
  const byField = new Map<string, string[]>();
  for (const { field, messages } of problems) byField.set(field, [...(byField.get(field) ?? []), ...messages]);
  const rowOf = (field: string) => Number(/^rows\[(\d+)\]/.exec(field)?.[1] ?? 0);
  return [...byField].map(([field, messages]) => ({ field, messages: [...new Set(messages)] })).sort((a, b) => rowOf(a.field) - rowOf(b.field));
}
