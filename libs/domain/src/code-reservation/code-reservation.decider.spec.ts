import { given } from '../shared/decider-spec.js';
import { codeReservationDecider, DuplicateCodeError, normalizeCode, reservationKeyOf, type CodeReserved, type ReserveCode } from './code-reservation.js';

const RECORD = 'a1a1a1a1-0000-4000-8000-000000000001';
const OTHER = 'b2b2b2b2-0000-4000-8000-000000000002';
const NOW = '2026-12-02T10:00:00.000Z';

const aReserveCode = (overrides: Partial<ReserveCode['data']> = {}): ReserveCode => ({
  type: 'ReserveCode',
  data: { kind: 'plan', scope: '', code: 'TJ-DIASPORA', field: 'code', recordId: RECORD, now: NOW, ...overrides },
});
const aCodeReserved = (overrides: Partial<CodeReserved['data']> = {}): CodeReserved => ({
  type: 'CodeReserved',
  data: { kind: 'plan', scope: '', code: 'TJ-DIASPORA', recordId: OTHER, reservedAt: '2026-12-02T09:59:59.000Z', ...overrides },
});

describe('code reservation decider', () => {
  it('normalises codes: case, surrounding and repeated inner whitespace, invisible format characters, compatibility forms', () => {
    expect(normalizeCode('  tj-Diaspora  ')).toBe('TJ-DIASPORA');
    expect(normalizeCode('IMC  2016\t03')).toBe('IMC 2016 03');
    expect(normalizeCode('ＭＳ')).toBe('MS');
    // An invisible character makes no new code: ZZ\u200b1 is ZZ1.
    expect(normalizeCode('ZZ\u200b1\u2060')).toBe('ZZ1');
    expect(reservationKeyOf({ kind: 'organization', scope: 'tj', code: ' ms' })).toBe(reservationKeyOf({ kind: 'organization', scope: 'TJ', code: 'MS' }));
    expect(reservationKeyOf({ kind: 'activity', scope: 'p1', code: '2.3' })).not.toBe(reservationKeyOf({ kind: 'activity', scope: 'p2', code: '2.3' }));
  });

  it('compares session and decision numbers as codes, each kind apart', () => {
    expect(reservationKeyOf({ kind: 'commission_session', scope: '', code: ' 2019/2 ' })).toBe(reservationKeyOf({ kind: 'commission_session', scope: '', code: '2019\u200b/2' }));
    expect(reservationKeyOf({ kind: 'decision', scope: '', code: 'imc-2019/05' })).toBe(reservationKeyOf({ kind: 'decision', scope: '', code: 'IMC-2019/05' }));
    expect(reservationKeyOf({ kind: 'decision', scope: '', code: '2019/2' })).not.toBe(reservationKeyOf({ kind: 'commission_session', scope: '', code: '2019/2' }));
  });

  it('names a session or decision holder in the 409, with the field `number`; its words say what kind of record holds it', () => {
    const error = given(codeReservationDecider, [aCodeReserved({ kind: 'decision', code: 'IMC-2019/05' })])
      .when(aReserveCode({ kind: 'decision', code: ' imc-2019/05', field: 'number', holder: 'recorded' }))
      .thenThrows('DUPLICATE_CODE', 'number');
    expect((error as DuplicateCodeError).holder).toEqual({ kind: 'decision', id: OTHER });
    expect(error.message).toBe('imc-2019/05 is already used by another decision');
  });

  it('reserves a free code', () => {
    given(codeReservationDecider, []).when(aReserveCode()).then([aCodeReserved({ recordId: RECORD, reservedAt: NOW })]);
  });

  it('reserves a released code again', () => {
    given(codeReservationDecider, [aCodeReserved(), { type: 'CodeReleased', data: { recordId: OTHER, reason: 'code amended to X' } }])
      .when(aReserveCode())
      .then([aCodeReserved({ recordId: RECORD, reservedAt: NOW })]);
  });

  it('records nothing when the record already holds it (a retry)', () => {
    given(codeReservationDecider, [aCodeReserved({ recordId: RECORD })]).when(aReserveCode({ holder: 'pending' })).then([]);
  });

  it('refuses a code held by a recorded record, or by a create still in flight, naming the holder', () => {
    for (const holder of ['recorded', 'pending'] as const) {
      const error = given(codeReservationDecider, [aCodeReserved()]).when(aReserveCode({ holder })).thenThrows('DUPLICATE_CODE', 'code');
      expect(error).toBeInstanceOf(DuplicateCodeError);
      expect((error as DuplicateCodeError).holder).toEqual({ kind: 'plan', id: OTHER });
    }
  });

  it('takes over an abandoned reservation (its record never came), saying from whom', () => {
    given(codeReservationDecider, [aCodeReserved()])
      .when(aReserveCode({ holder: 'abandoned' }))
      .then([aCodeReserved({ recordId: RECORD, reservedAt: NOW, takenOverFrom: OTHER })]);
  });

  it('releases only for the holder', () => {
    given(codeReservationDecider, [aCodeReserved()])
      .when({ type: 'ReleaseCode', data: { recordId: OTHER, reason: 'code amended to TJ-2' } })
      .then([{ type: 'CodeReleased', data: { recordId: OTHER, reason: 'code amended to TJ-2' } }]);
    given(codeReservationDecider, [aCodeReserved()]).when({ type: 'ReleaseCode', data: { recordId: RECORD, reason: 'x' } }).then([]);
    given(codeReservationDecider, []).when({ type: 'ReleaseCode', data: { recordId: RECORD, reason: 'x' } }).then([]);
  });
});
