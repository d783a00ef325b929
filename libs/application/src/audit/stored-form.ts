import { parse } from 'lossless-json';
import type { StoredEvent } from '#event-store';

/** An event's data and metadata as the chain hashes them, read from what the store holds. */
export interface StoredForm {
  data: unknown;
  metadata: Record<string, unknown>;
  /** Some stored number is not the number the hash covers (see `isCanonicalNumber`). */
  nonCanonical: boolean;
}

/**
 * Reads the stored JSON text losslessly where the store gives it (Postgres jsonb keeps numeric text
 * exactly, JSON.parse rounds it). A number that does not survive parsing is kept as its stored text, a
 * string, so any hash over the event (the stored one, the digest's recomputed chain) differs from the
 * untouched event's. Without stored text (EventStoreDB, in-memory) the parsed values are all there is.
 */
export function storedForm(event: StoredEvent): StoredForm {
  const parsed = { data: event.data, metadata: event.metadata ?? {}, nonCanonical: false };
  if (!event.storedJson) return parsed;
  // The usual case, checked cheaply: every number canonical, so the parsed values are exact.
  if (numbersCanonical(event.storedJson.data) && numbersCanonical(event.storedJson.metadata)) return parsed;
  let nonCanonical = false;
  const parseNumber = (token: string): unknown => {
    if (isCanonicalNumber(token)) return Number(token);
    nonCanonical = true;
    return token;
  };
  const data = parse(event.storedJson.data, null, parseNumber);
  const metadata = parse(event.storedJson.metadata, null, parseNumber) as Record<string, unknown>;
  return { data, metadata, nonCanonical };
}

const STRINGS = /"(?:[^"\\]|\\.)*"/g;
/** Every run of number characters outside strings: each number token, whole (a loose match only sends more events down the lossless path). */
const NUMBER_TOKENS = /-?\d[\d.eE+-]*/g;

/** A quick screen, several times cheaper than the lossless parse: are all number tokens of this JSON text canonical? */
function numbersCanonical(json: string): boolean {
  return (json.replace(STRINGS, '""').match(NUMBER_TOKENS) ?? []).every(isCanonicalNumber);
}

/**
 * A stored number token is canonical when it is exactly the number a writer's JSON.stringify produced
 * for its double: the shortest round-trip form (as RFC 8785 writes it), or that same form written out
 * without an exponent, as Postgres numeric prints it (1e-7 → 0.0000001). `30.000000000000000000001`,
 * `40.0` or `12345678901234567890` are not: parsing would change what they say.
 */
export function isCanonicalNumber(token: string): boolean {
  const value = Number(token);
  if (!Number.isFinite(value)) return false;
  const shortest = JSON.stringify(value);
  return token === shortest || token === withoutExponent(shortest);
}

function withoutExponent(number: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(number);
  if (!match) return number;
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
