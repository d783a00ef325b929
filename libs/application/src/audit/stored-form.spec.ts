import { isCanonicalNumber, storedForm } from './stored-form.js';

const event = (data: string, metadata = '{"chainVersion": 2}') => ({
  id: 'e1',
  stream: 's',
  revision: 0,
  position: '1',
  type: 'T',
  data: JSON.parse(data) as unknown,
  metadata: JSON.parse(metadata) as Record<string, unknown>,
  storedJson: { data, metadata },
});

describe('canonical numbers (pure)', () => {
  it('accepts what JSON.stringify writes, and the same written without exponent as Postgres numeric prints it', () => {
    for (const token of ['0', '30', '-12.5', '0.1', '1e-7', '0.0000001', '0.00000000015', '1e+21', '1000000000000000000000', '9007199254740991']) {
      expect([token, isCanonicalNumber(token)]).toEqual([token, true]);
    }
  });

  it('refuses digits a double cannot hold, trailing zeros and other spellings', () => {
    for (const token of ['30.000000000000000000001', '40.0', '12345678901234567890', '1E2', '1e2', '-0', '0.10', '1e400']) {
      expect([token, isCanonicalNumber(token)]).toEqual([token, false]);
    }
  });
});

describe('storedForm', () => {
  it('reads the stored text losslessly: canonical numbers as numbers, and nothing flagged', () => {
    const form = storedForm(event('{"a": 30, "b": [1.5, 0.0000001], "c": "30.000000000000000000001"}'));
    expect(form).toEqual({ data: { a: 30, b: [1.5, 1e-7], c: '30.000000000000000000001' }, metadata: { chainVersion: 2 }, nonCanonical: false });
  });

  it('keeps a non-canonical number as its stored text, so hashes over it differ, and flags it', () => {
    const form = storedForm(event('{"percentComplete": 30.000000000000000000001}'));
    expect(form.nonCanonical).toBe(true);
    expect(form.data).toEqual({ percentComplete: '30.000000000000000000001' });
    expect(storedForm(event('{}', '{"prevHash": "x", "n": 1.0}')).nonCanonical).toBe(true);
  });

  it('without stored text (EventStoreDB, in-memory) uses the parsed values', () => {
    const { storedJson: _none, ...parsed } = event('{"a": 30}');
    expect(storedForm(parsed)).toEqual({ data: { a: 30 }, metadata: { chainVersion: 2 }, nonCanonical: false });
  });
});
