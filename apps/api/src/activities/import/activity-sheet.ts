import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../../http/api-error.js';

import { XLSX } from '../../http/files.js';
import { csvText } from './csv-text.js';
import { censusOf } from './workbook-census.js';

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

/** More columns than a sheet of activities has: the import's own and the export's state columns are under 30. */
export const MAX_COLUMNS = 100;

/** What a workbook may unpack to: a thousand rows with their styles are a few megabytes of XML. */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

/** A row of the file: its number as the spreadsheet shows it and its cells' text from the first column on. */
interface TableRow {
  number: number;
  cells: string[];
}

/**
 * The first worksheet of a workbook, or a CSV file (comma or semicolon separated, as spreadsheet programs
 * save it by locale), as text cells under their headers. Empty rows are left out; dates become ISO dates.
 * A file's size bounds the work it costs: rows and columns are counted before any cell is read.
 */
export async function readSheet(body: Buffer, contentType: string, charset?: string): Promise<Sheet> {
  const table = contentType === XLSX ? await workbookTable(body) : csvTable(body, charset);
  const [header, ...data] = table.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header) throw fileError('the file has no header row');
  const headers = withoutTrailingBlanks(header.cells.map((h) => h.trim()));
  if (headers.length > MAX_COLUMNS) throw fileError(`the header has more than ${MAX_COLUMNS} columns; a sheet of activities has fewer`);
  if (data.length === 0) throw fileError('the file has no activity rows under its header');
  if (data.length > MAX_ROWS) throw tooManyRows(data.length);
  const rows = data.map(({ number, cells }) => ({ row: number, cells: new Map(headers.map((h, column) => [h, (cells[column] ?? '').trim()])) }));
  return { headers, rows };
}

export function fileError(message: string): InvalidInputError {
  return new InvalidInputError([{ field: 'file', messages: [message] }]);
}

const notAWorkbook = () => fileError('the file is not an Excel workbook (.xlsx) this import can read');
const tooManyRows = (count: number) => fileError(`the file has ${count} activity rows; one import takes at most ${MAX_ROWS}`);

function withoutTrailingBlanks(headers: string[]): string[] {
  let end = headers.length;
  while (end > 0 && headers[end - 1] === '') end--;
  return headers.slice(0, end);
}

function csvTable(body: Buffer, charset: string | undefined): TableRow[] {
  const text = csvText(body, charset);
  if (typeof text !== 'string') throw fileError(text.problem);
  // The separator is the header's: lists inside a cell are separated by the other one.
  const header = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  try {
    // Empty lines are kept, as rows: the row numbers are those a spreadsheet program shows for the file.
    const records = parse(text, { delimiter, relax_column_count: true }) as string[][];
    return records.map((cells, index) => ({ number: index + 1, cells }));
  } catch (error) {
    throw fileError(`the file is not CSV this import can read: ${(error as Error).message}`);
  }
}

async function workbookTable(body: Buffer): Promise<TableRow[]> {
  const census = await censusOf(body, MAX_UNPACKED_BYTES).catch(() => {
    throw notAWorkbook();
  });
  if (!census.within) throw fileError(`the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB; a sheet of activities is far smaller`);
  // Counted as the XML inflated: a sheet of tens of thousands of rows is refused before exceljs spends seconds on it.
  if (census.rows > MAX_ROWS + 1) throw tooManyRows(census.rows - 1);
  // Loaded at the first import, not at start: the embedded default's memory is shared with its database.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(census.workbook as unknown as ArrayBuffer);
  } catch {
    throw notAWorkbook();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('the workbook has no worksheet');
  // Rows with a value, header included: a cell far down makes no empty rows to read, one far right is past the columns read.
  if (sheet.actualRowCount > MAX_ROWS + 1) throw tooManyRows(sheet.actualRowCount - 1);
  const table: TableRow[] = [];
  sheet.eachRow((row, number) => {
    const values = row.values as unknown[];
    table.push({ number, cells: Array.from({ length: Math.min(values.length - 1, 10 * MAX_COLUMNS) }, (_, i) => cellText(values[i + 1])) });
  });
  return table;
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
