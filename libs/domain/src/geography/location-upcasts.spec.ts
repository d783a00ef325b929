import { upcastEvent } from '../event-schema.js';

describe('locations stored before schema version 8', () => {
  it('places a bare Tajik province in the gazetteer, district included', () => {
    const stored = { type: 'ActivityPlanned', schemaVersion: 7, data: { activityId: 'a', locations: [{ province: 'Khatlon', district: 'Kulob' }, { province: 'Sughd' }] } };
    expect(upcastEvent(stored).data).toEqual({
      activityId: 'a',
      locations: [
        { country: 'TJ', province: 'Khatlon', areaCode: 'TJ-KT', district: 'Kulob', checked: true },
        { country: 'TJ', province: 'Sughd', areaCode: 'TJ-SU', checked: true },
      ],
    });
  });

  it('keeps a province that is no Tajik area as written, without a country, not checked', () => {
    const stored = { type: 'ActivityPlanned', schemaVersion: 3, data: { locations: [{ province: 'Osh', district: 'Aravan' }] } };
    expect(upcastEvent(stored).data).toEqual({ locations: [{ province: 'Osh', district: 'Aravan', checked: false }] });
  });

  it('places the locations an amendment changed, before and after, and leaves other amendments alone', () => {
    const stored = { type: 'ActivityAmended', schemaVersion: 7, data: { before: { locations: [{ province: 'Sughd' }] }, after: { locations: [{ province: 'Dushanbe' }] }, reason: 'r' } };
    expect(upcastEvent(stored).data).toEqual({
      before: { locations: [{ country: 'TJ', province: 'Sughd', areaCode: 'TJ-SU', checked: true }] },
      after: { locations: [{ country: 'TJ', province: 'Dushanbe', areaCode: 'TJ-DU', checked: true }] },
      reason: 'r',
    });
    const titlesOnly = { type: 'ActivityAmended', schemaVersion: 7, data: { before: { titles: { en: 'a' } }, after: { titles: { en: 'b' } }, reason: 'r' } };
    expect(upcastEvent(titlesOnly).data).toEqual(titlesOnly.data);
  });

  it('reads a version 8 location as stored', () => {
    const stored = { type: 'ActivityPlanned', schemaVersion: 8, data: { locations: [{ country: 'UZ', province: 'Fergana', checked: false }] } };
    expect(upcastEvent(stored).data).toEqual(stored.data);
  });
});
