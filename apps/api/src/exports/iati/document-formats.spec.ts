import { documentFormat } from './document-formats.js';

describe('documentFormat', () => {
  it.each([
    ['https://example.org/report.PDF', 'application/pdf'],
    ['https://example.org/a/minutes.docx?download=1', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['https://example.org/photos/1.jpg', 'image/jpeg'],
    ['https://example.org/news/campaign', 'text/html'],
    ['https://example.org/', 'text/html'],
  ])('%s is %s', (url, format) => expect(documentFormat(url)).toBe(format));
});
