/**
 * `<row`, `</row`, and the elements of a cell holding something: a value, an inline string, a formula.
 * Unprefixed only, as exceljs reads them (`x:row` is no row to it).
 */
const TAG = /<(\/?)(row|v|is|f)(?=[\s/>])/g;

/** The longest text a tag of TAG needs to be told apart (`</row>`): a chunk's tail shorter than it waits for the next chunk. */
const LONGEST_TAG = 6;

/**
 * Counts the rows of a worksheet's XML as it inflates, chunk by chunk, before any parser reads it. A row
 * counts when a cell of it holds something, as exceljs's `actualRowCount` counts: Excel writes rows that
 * only carry formatting (`<row r="9" ht="20"/>`, or styled empty cells `<c r="A9" s="3"/>`), and a sheet
 * bordered down to row 5,000 is no sheet of 5,000 activities. Text is scanned as Latin-1: UTF-8's
 * multibyte characters are bytes above 0x7f, which never make a `<` nor a tag's name.
 */
export function rowCounter() {
  let rows = 0;
  let open = false;
  let tail = '';
  return {
    add(chunk: Buffer) {
      const text = tail + chunk.toString('latin1');
      const last = text.lastIndexOf('<');
      const end = last >= 0 && text.length - last < LONGEST_TAG ? last : text.length;
      tail = text.slice(end);
      for (const [, closing, name] of text.slice(0, end).matchAll(TAG)) {
        if (name === 'row') open = !closing;
        else if (open) {
          rows++;
          open = false;
        }
      }
    },
    get rows() {
      return rows;
    },
  };
}
