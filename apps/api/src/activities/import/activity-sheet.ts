import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../../http/api-error.js';

import { XLSX } from '../../http/files.js';

/** A data row of the sheet: its number as the spreadsheet shows it (the header is row 1) and its cells by header. */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

/** More rows than one import takes: a plan's annex has tens to a few hundred activities. */
export const MAX_ROWS = 1_000;

/**
 * The first worksheet of a workbook, or a CSV file (comma or semicolon separated, as spreadsheet programs
 * save it by locale), as text cells under their headers. Empty rows are left out; dates become ISO dates.
 */
export async function readSheet(body: Buffer, contentType: string): Promise<Sheet> {
  const table = contentType === XLSX ? await workbookTable(body) : csvTable(body);
  const [header = [], ...data] = table;
  const headers = header.map((h) => h.trim());
  const rows = data
    .map((cells, index) => ({ row: index + 2, cells: new Map(headers.map((h, column) => [h, (cells[column] ?? '').trim()])) }))
    .filter((row) => [...row.cells.values()].some((value) => value !== ''));
  if (headers.every((h) => h === '')) throw fileError('the file has no header row');
  if (rows.length === 0) throw fileError('the file has no activity rows under its header');
  if (rows.length > MAX_ROWS) throw fileError(`the file has ${rows.length} activity rows; one import takes at most ${MAX_ROWS}`);
  return { headers, rows };
}

export function fileError(message: string): InvalidInputError {
  return new InvalidInputError([{ field: 'file', messages: [message] }]);
}

function csvTable(body: Buffer): string[][] {
  // The separator is the header's: lists inside a cell are separated by the other one.
  const header = body.subarray(0, body.indexOf(10) < 0 ? body.length : body.indexOf(10)).toString('utf8');
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  try {
    return parse(body, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw fileError(`the file is not CSV this import can read: ${(error as Error).message}`);
  }
}

async function workbookTable(body: Buffer): Promise<string[][]> {
  // Loaded at the first import, not at start: the embedded default's memory is shared with its database.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw fileError('the file is not an Excel workbook (.xlsx) this import can read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('the workbook has no worksheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    table[number - 1] = cells;
  });
  return Array.from(table, (cells) => cells ?? []);
}

/** A cell's value as the person typed it: dates as ISO dates, rich text and links as their text, formulas as their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (v.richText) return v.richText.map((part) => part.text).join('');
  if (v.result !== undefined) return cellText(v.result);
  if (v.text !== undefined) return cellText(v.text);
  if (v.error) return v.error;
  return '';
}
