import { execFileSync } from 'node:child_process';

/** Whether Debian's poppler-utils are installed (`.ci/run` installs them). */
function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of a PDF as a reader's tool gets it, whitespace runs made one space: `pdftotext` (poppler)
 * where installed, else Mozilla's pdf.js; either way the words must come back as they were written.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; extractor: 'pdftotext' | 'pdf.js' }> {
  if (hasPdftotext()) {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
    return { text: text.replace(/\s+/g, ' ').trim(), extractor: 'pdftotext' };
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(' '));
  }
  return { text: pages.join(' ').replace(/\s+/g, ' ').trim(), extractor: 'pdf.js' };
}
