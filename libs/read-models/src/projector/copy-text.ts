import type { BulkColumn } from './bulk.js';

/**
 * Rows as the text format of COPY (not CSV: it tells NULL from the empty string unambiguously), a few
 * hundred rows a chunk: fewer stream writes than one per row, no single huge string.
 */
export function* copyLines(rows: readonly unknown[][], columns: readonly BulkColumn[]): Generator<string> {
  const encode = columns.map(encoderFor);
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let line = encode[0](row[0]);
    for (let column = 1; column < encode.length; column++) line += '\t' + encode[column](row[column]);
    chunk += line + '\n';
    if (i % 500 === 499) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** \N for NULL; backslash, tab, newline and carriage return escaped; arrays as Postgres array literals. */
function encoderFor(column: BulkColumn): (value: unknown) => string {
  const element = (value: unknown) => (value === null || value === undefined ? 'NULL' : `"${String(value).replace(/["\\]/g, (c) => `\\${c}`)}"`);
  if (column.type.endsWith('[]')) return (value) => (value === null || value === undefined ? '\\N' : text(`{${(value as unknown[]).map(element).join(',')}}`));
  // JSON.stringify escapes every control character: of COPY's special characters only backslashes remain.
  if (column.type === 'jsonb' || column.type === 'json') return (value) => (value === null || value === undefined ? '\\N' : doubledBackslashes(JSON.stringify(value)));
  return (value) => {
    if (value === null || value === undefined) return '\\N';
    // A number or a boolean has none of the special characters; any string is checked, whatever its column.
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return text(value instanceof Date ? value.toISOString() : String(value));
  };
}

function text(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPED[c]) : value;
}

function doubledBackslashes(json: string): string {
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}
