import { MAX_JSON_DEPTH, screenInput } from './input-screen.js';

const nestedObject = (depth: number) => JSON.parse('{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1)) as unknown;

describe('screenInput', () => {
  it('passes ordinary JSON, including non-ASCII text and surrogate pairs', () => {
    expect(screenInput({ name: 'Душанбе 🇹🇯', list: [1, true, null, { x: 'ok' }] })).toEqual({ problems: [] });
  });

  it(`allows ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}, naming the path where it went too deep`, () => {
    expect(screenInput(nestedObject(MAX_JSON_DEPTH)).tooDeep).toBeUndefined();
    const over = screenInput(nestedObject(MAX_JSON_DEPTH + 1));
    expect(over.tooDeep?.field).toBe(Array(MAX_JSON_DEPTH).fill('a').join('.'));
  });

  it('walks 100,000 levels of arrays without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(screenInput(deep).tooDeep?.field).toBe('[0]'.repeat(MAX_JSON_DEPTH));
  });

  it('names every string holding NUL or an unpaired surrogate by its path', () => {
    const { problems } = screenInput({ a: 'x\u0000', list: [{ t: 'ok' }, { t: '\ud800' }], tail: 'a\udc00b', pair: '\ud83c\uddf9' });
    expect(problems.map((p) => p.field)).toEqual(['a', 'list[1].t', 'tail']);
    expect(problems[0].messages[0]).toMatch(/NUL/);
    expect(problems[1].messages[0]).toMatch(/unpaired surrogate/);
  });

  it('refuses control characters an XML export or a spreadsheet cannot hold, keeping tabs and line breaks', () => {
    const { problems } = screenInput({ title: 'Bell\u0007', escape: 'a\u001bb', notChar: 'x\uffff', text: 'line one\r\nline two\tend', word: 'Душанбе' });
    expect(problems.map((p) => p.field)).toEqual(['title', 'escape', 'notChar']);
    expect(problems[0].messages[0]).toBe('title must not contain control characters (it holds \\u0007); tabs and line breaks are fine');
  });

  it('refuses prototype keys at any depth, and keys holding NUL, with printable paths', () => {
    const value = JSON.parse('{"__proto__":{},"b":[{"constructor":1}],"c":{"prototype":2},"d\\u0000":3}') as unknown;
    expect(screenInput(value).problems.map((p) => p.field).sort()).toEqual(['__proto__', 'b[0].constructor', 'c.prototype', 'd\\u0000']);
    // Names every object answers to pass a check for unknown fields unless refused here.
    expect(screenInput({ toString: 'x', valueOf: 1, nested: { hasOwnProperty: 2, isPrototypeOf: 3 } }).problems.map((p) => p.field).sort()).toEqual(['nested.hasOwnProperty', 'nested.isPrototypeOf', 'toString', 'valueOf']);
  });

  it('reports at most 20 problems', () => {
    expect(screenInput(Array(1000).fill('\u0000')).problems).toHaveLength(20);
  });
});
