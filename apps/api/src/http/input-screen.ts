import { NOT_XML_CHARACTER } from './xml-characters.js';

/**
 * The checks every parsed body and query string passes before anything else reads it. They walk the
 * value with an explicit stack, never recursion, so a 10,000-deep body cannot overflow the stack here
 * (class-transformer and class-validator, which recurse, only ever see what passed).
 */
export const MAX_JSON_DEPTH = 64;
/** Enough to show what is wrong without echoing a hostile body back in full. */
const MAX_PROBLEMS = 20;
/**
 * Keys that reach Object.prototype through naive merging, and the names of its members (toString,
 * valueOf, hasOwnProperty …): every object has them, so the validation's check for unknown fields took
 * them for known ones and let them through. Refused like any unknown field.
 */
const PROTOTYPE_KEYS = new Set(['prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

export interface InputProblem {
  field: string;
  messages: string[];
}

export interface Screening {
  /** The value nests deeper than MAX_JSON_DEPTH: the only problem reported. */
  tooDeep?: InputProblem;
  problems: InputProblem[];
}

/** What is wrong with a parsed JSON value or query object; empty when it may go on to validation. */
export function screenInput(value: unknown, maxDepth = MAX_JSON_DEPTH): Screening {
  const problems: InputProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 1 }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) problems.push({ field: path, messages: [`${path || 'the body'} ${problem}`] });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth > maxDepth) return { tooDeep: { field: path, messages: [`the body is nested deeper than ${maxDepth} levels`] }, problems: [] };
    const children: [string, unknown][] = [];
    if (Array.isArray(current)) current.forEach((item, index) => children.push([`${path}[${index}]`, item]));
    else {
      for (const [key, child] of Object.entries(current)) {
        const field = path ? `${path}.${printable(key)}` : printable(key);
        const keyProblem = PROTOTYPE_KEYS.has(key) ? `property ${key} should not exist` : textProblem(key) && `the key ${printable(key)} ${textProblem(key)}`;
        if (keyProblem) problems.push({ field, messages: [keyProblem] });
        children.push([field, child]);
      }
    }
    // Reversed so that problems are found in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ value: children[i][1], path: children[i][0], depth: depth + 1 });
  }
  return { problems: problems.slice(0, MAX_PROBLEMS) };
}

/** With the u flag a surrogate pair is one code point, so this matches only unpaired halves. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Postgres stores neither NUL nor unpaired UTF-16 surrogates in text or jsonb; the exports, no other control character. */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it holds an unpaired surrogate)';
  // NUL is answered above, for Postgres' sake: what is left are the characters the IATI file cannot hold.
  const control = NOT_XML_CHARACTER.exec(text);
  if (control) return `must not contain control characters (it holds ${printable(control[0])}); tabs and line breaks are fine`;
  return undefined;
}

/** A key as it can be shown in a field path: control characters and lone surrogates escaped. */
function printable(key: string): string {
  return key.replace(/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
