import { previousIdentifiers } from './previous-identifiers.js';

const REF = 'XM-DAC-99999';
const at = (day: number) => `2016-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('previousIdentifiers', () => {
  it('names none for an activity and a plan never recoded', () => {
    expect(previousIdentifiers(REF, { code: 'TJ-2015' }, { code: '1.2.3', since: at(1) })).toEqual([]);
  });

  it('names the identifier of each former activity code, oldest first', () => {
    const activity = {
      code: '1.2.3',
      since: at(1),
      formerCodes: [
        { code: '1.2.33', until: at(2) },
        { code: '1.2.30', until: at(3) },
      ],
    };
    expect(previousIdentifiers(REF, { code: 'TJ-2015' }, activity)).toEqual([`${REF}-TJ-2015-1.2.33`, `${REF}-TJ-2015-1.2.30`]);
  });

  it('pairs each plan code with the activity codes in force at the same time, not with those before or after it', () => {
    // The plan was TJ-2051 until day 3; the activity 1.2.33 until day 5.
    const plan = { code: 'TJ-2015', formerCodes: [{ code: 'TJ-2051', until: at(3) }] };
    const activity = { code: '1.2.3', since: at(1), formerCodes: [{ code: '1.2.33', until: at(5) }] };
    expect(previousIdentifiers(REF, plan, activity)).toEqual([`${REF}-TJ-2051-1.2.33`, `${REF}-TJ-2015-1.2.33`]);
  });

  it('leaves out a plan code corrected before the activity was recorded', () => {
    const plan = { code: 'TJ-2015', formerCodes: [{ code: 'TJ-2051', until: at(1) }] };
    expect(previousIdentifiers(REF, plan, { code: '1.2.3', since: at(2) })).toEqual([]);
    expect(previousIdentifiers(REF, plan, { code: '1.2.3', since: null })).toEqual([`${REF}-TJ-2051-1.2.3`]);
  });

  it('names an identifier once, and not at all when a correction went back to it', () => {
    const activity = {
      code: '1.2.3',
      since: at(1),
      formerCodes: [
        { code: '1.2.3', until: at(2) },
        { code: '1.2.33', until: at(3) },
      ],
    };
    expect(previousIdentifiers(REF, { code: 'TJ-2015' }, activity)).toEqual([`${REF}-TJ-2015-1.2.33`]);
    const twice = {
      code: '1.2.3',
      since: at(1),
      formerCodes: [
        { code: '1.2.33', until: at(2) },
        { code: '1.2.3', until: at(3) },
        { code: '1.2.33', until: at(4) },
      ],
    };
    expect(previousIdentifiers(REF, { code: 'TJ-2015' }, twice)).toEqual([`${REF}-TJ-2015-1.2.33`]);
  });

  it('keeps a former code whose correction moment is unknown in force until the end, rather than lose it', () => {
    const plan = { code: 'TJ-2015', formerCodes: [{ code: 'TJ-2051', until: null }] };
    expect(previousIdentifiers(REF, plan, { code: '1.2.3', since: at(2) })).toEqual([`${REF}-TJ-2051-1.2.3`]);
  });
});
