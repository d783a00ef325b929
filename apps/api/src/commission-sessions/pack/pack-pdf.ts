import { createRequire } from 'node:module';
import type { PackBlock } from './session-pack-document.js';

// DejaVu Sans carries Cyrillic and the Tajik letters (ғ ӣ қ ӯ ҳ ҷ), which the PDF standard fonts lack.
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const MARGIN = 50;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Column widths: never narrower than the longest word a column holds (a split word would not extract
 * back whole), the rest of the page shared in proportion to how much text each column wants.
 */
function widths(pdf: PDFKit.PDFDocument, columns: string[], rows: string[][]): number[] {
  const available = pdf.page.width - 2 * MARGIN;
  const measure = (text: string, font: string) => pdf.font(font).fontSize(9).widthOfString(text) + 8;
  const longestWord = (text: string, font: string) => Math.max(0, ...text.split(/\s+/).map((w) => measure(w, font)));
  const floor = columns.map((c, i) => Math.max(longestWord(c, 'bold'), ...rows.map((r) => longestWord(r[i], 'regular'))));
  const want = columns.map((c, i) => Math.max(floor[i], ...rows.map((r) => Math.min(measure(r[i], 'regular'), available / 2))));
  if (sum(floor) >= available) return floor.map((f) => (f * available) / sum(floor));
  if (sum(want) <= available) return want.map((w) => (w * available) / sum(want));
  const share = (available - sum(floor)) / (sum(want) - sum(floor));
  return floor.map((f, i) => f + (want[i] - f) * share);
}

/** A table as rows of cells, each row as tall as its tallest cell, starting a new page when it must. */
function table(pdf: PDFKit.PDFDocument, columns: string[], rows: string[][]): void {
  const width = widths(pdf, columns, rows);
  const left = width.map((_, i) => MARGIN + width.slice(0, i).reduce((a, b) => a + b, 0));
  const row = (cells: string[], font: string) => {
    pdf.font(font).fontSize(9);
    const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: width[i] - 6 }))) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
    const top = pdf.y;
    cells.forEach((cell, i) => {
      pdf.rect(left[i], top, width[i], height).stroke('#999999');
      pdf.text(cell, left[i] + 3, top + 3, { width: width[i] - 6 });
    });
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  row(columns, 'bold');
  rows.forEach((r) => row(r, 'regular'));
  pdf.moveDown(0.5);
}

/** The pack as a PDF (A4), made with PDFKit; its text extracts back as written. */
export async function packPdf(document: { title: string; blocks: PackBlock[] }, language: string): Promise<Buffer> {
  // Loaded at the first pack, not at start: the embedded default's memory is shared with its database.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, lang: language, info: { Title: document.title }, displayTitle: true });
  pdf.registerFont('regular', FONT);
  pdf.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font('bold').fontSize(15).text(document.title).moveDown(0.5);
  for (const b of document.blocks) {
    if (b.kind === 'heading') pdf.font('bold').fontSize(12).moveDown(0.5).text(b.text).moveDown(0.3);
    else if (b.kind === 'paragraph') pdf.font('regular').fontSize(10).text(b.text).moveDown(0.3);
    else if (b.kind === 'list') pdf.font('regular').fontSize(10).list(b.items, { listType: 'numbered' }).moveDown(0.3);
    else table(pdf, b.columns, b.rows);
  }
  pdf.end();
  return done;
}
