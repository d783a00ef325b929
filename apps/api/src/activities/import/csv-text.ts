import { TextDecoder } from 'node:util';

/** The charset parameter of a Content-Type (`text/csv; charset="windows-1251"`), if it has one. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const charset = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return charset ? (charset[1] ?? charset[2]).trim() || undefined : undefined;
}

/**
 * A CSV file's text, or what is wrong with its bytes. Excel saves "CSV" in its Windows code page
 * (Windows-1251 on Russian and Tajik Windows) and "CSV UTF-8" with a BOM, and nothing in the bytes
 * says which: the Content-Type's charset does, and without one the file must be UTF-8. Bytes are never
 * replaced by U+FFFD: a title read as garbage would be recorded for good (events are never rewritten).
 * A UTF-8 (or UTF-16) BOM is left out, as the decoder of its charset drops it.
 */
export function csvText(body: Buffer, charset: string | undefined): string | { problem: string } {
  let decoder: TextDecoder;
  try {
    // Every label of the WHATWG Encoding standard that Node decodes: utf-8, windows-1251, cp1251, koi8-r, utf-16le…
    decoder = new TextDecoder(charset ?? 'utf-8', { fatal: true });
  } catch {
    return { problem: `the charset ${charset} is not one this import can read: send the file as UTF-8, or with the charset it was saved in (windows-1251)` };
  }
  try {
    return decoder.decode(body);
  } catch {
    return {
      problem: charset
        ? `the file is not ${decoder.encoding} text, as its Content-Type says: send it with the charset it was saved in, or save it as "CSV UTF-8"`
        : 'the file is not UTF-8 text: save it as "CSV UTF-8 (Comma delimited)" in Excel, or send the charset it was saved in (Content-Type: text/csv; charset=windows-1251)',
    };
  }
}
