import { isBlank, requireReason } from './text.js';

describe('blank text', () => {
  it('is nothing a reader could see: whitespace, zero-width and format characters, blank letters', () => {
    for (const blank of [undefined, '', '   ', '\u200b', '\u200b\u200c\u200d\u2060\ufeff', '\u2800', '\u3164 \u00a0', '\u202e\u2066']) expect(isBlank(blank)).toBe(true);
    for (const text of ['a', ' ok ', '\u200bШ', '1']) expect(isBlank(text)).toBe(false);
  });

  it('is no reason', () => {
    expect(() => requireReason('\u200b')).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED', field: 'reason' }));
    expect(requireReason('figure found wrong')).toBe('figure found wrong');
  });
});
