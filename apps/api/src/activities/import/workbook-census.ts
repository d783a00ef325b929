import JSZip from 'jszip';
import { firstWorksheet, WORKBOOK_PART, WORKBOOK_RELS_PART, WORKSHEET_PART } from './first-sheet.js';
import { rowCounter } from './sheet-rows.js';
import { unpacksWithin } from './unpacked-size.js';

/** A workbook that unpacks within the limit: the rows of its first sheet holding something, and the workbook for exceljs to read. */
export interface Census {
  within: true;
  rows: number;
  /** The workbook with its first sheet only. */
  workbook: Buffer;
}

/**
 * What an .xlsx holds, learnt in one pass as its entries inflate, before exceljs parses any of it (which
 * costs seconds and hundreds of megabytes for tens of thousands of rows): whether it unpacks within `limit`,
 * and how many rows its first sheet has. exceljs parses every worksheet; the import reads the first, so the
 * others are left out of the workbook it is handed: a small first sheet brings no large second one along,
 * and a plan's export passes over its Audit sheet of thousands of events unread.
 * Rejects when the body is not a zip archive.
 */
export async function censusOf(body: Buffer, limit: number): Promise<Census | { within: false }> {
  const zip = await JSZip.loadAsync(body);
  const rows = new Map<string, ReturnType<typeof rowCounter>>();
  const texts = new Map<string, Buffer[]>([
    [WORKBOOK_PART, []],
    [WORKBOOK_RELS_PART, []],
  ]);
  const within = await unpacksWithin(zip, limit, (name) => {
    const text = texts.get(name);
    if (text) return (chunk) => text.push(chunk);
    if (!WORKSHEET_PART.test(name)) return undefined;
    const counter = rowCounter();
    rows.set(name, counter);
    return (chunk) => counter.add(chunk);
  });
  if (!within) return { within };
  const text = (part: string) => Buffer.concat(texts.get(part)!).toString('utf8');
  const first = firstWorksheet(text(WORKBOOK_PART), text(WORKBOOK_RELS_PART), new Set(rows.keys()));
  const others = [...rows.keys()].filter((part) => part !== first);
  for (const part of others) zip.remove(part);
  // DEFLATE: the entries left as they were keep their compressed bytes, copied, not inflated and packed again.
  const workbook = others.length === 0 ? body : await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { within, rows: first ? rows.get(first)!.rows : 0, workbook };
}
