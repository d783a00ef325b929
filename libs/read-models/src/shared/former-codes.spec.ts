import { recodedView } from './former-codes.js';

const recoded = (before: string, after: string, recordedAt?: string) => ({
  type: 'ActivityRecoded',
  data: { before: { code: before }, after: { code: after }, reason: 'typo' },
  ...(recordedAt ? { metadata: { recordedAt } } : {}),
});

describe('recodedView', () => {
  it('takes the new code and keeps the one the view held, with when the correction was recorded, oldest first', () => {
    const once = recodedView({ code: '1.2.33' }, recoded('1.2.33', '1.2.3', '2016-03-02T10:00:00.000Z'));
    expect(once).toEqual({ code: '1.2.3', formerCodes: [{ code: '1.2.33', until: '2016-03-02T10:00:00.000Z' }] });
    expect(recodedView(once, recoded('1.2.3', '1.2.4', '2016-03-05T10:00:00.000Z')).formerCodes).toEqual([
      { code: '1.2.33', until: '2016-03-02T10:00:00.000Z' },
      { code: '1.2.3', until: '2016-03-05T10:00:00.000Z' },
    ]);
  });

  it('keeps the former code without a moment when the event carries no metadata', () => {
    expect(recodedView({ code: 'A' }, recoded('A', 'B'))).toEqual({ code: 'B', formerCodes: [{ code: 'A', until: null }] });
  });
});
