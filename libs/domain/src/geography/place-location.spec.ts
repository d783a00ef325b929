import { InvalidValueError } from '../shared/invalid-value.js';
import { placeLocation, placeLocations } from './place-location.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidValueError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('placing a location in the gazetteer', () => {
  it('places an area of a gazetteer country given by its name in any language or by its ISO 3166-2 code', () => {
    const sughd = { country: 'TJ', province: 'Sughd', areaCode: 'TJ-SU', checked: true };
    expect(placeLocation({ country: 'TJ', province: 'Sughd' }, 'locations[0]')).toEqual(sughd);
    expect(placeLocation({ country: 'tj', province: 'Согдийская область' }, 'locations[0]')).toEqual(sughd);
    expect(placeLocation({ country: 'TJ', province: 'Вилояти Суғд' }, 'locations[0]')).toEqual(sughd);
    expect(placeLocation({ country: 'TJ', province: 'tj-su' }, 'locations[0]')).toEqual(sughd);
  });

  it('finds the country of an area named without one when exactly one gazetteer area answers', () => {
    expect(placeLocation({ province: 'Osh', district: 'Kara-Suu' }, 'l')).toEqual({ country: 'KG', province: 'Osh', areaCode: 'KG-O', district: 'Kara-Suu', checked: true });
    expect(placeLocation({ province: 'Хатлон', district: 'Дӯстӣ' }, 'l')).toEqual({ country: 'TJ', province: 'Khatlon', areaCode: 'TJ-KT', district: 'Dousti', checked: true });
  });

  it('names a district as the gazetteer does, and keeps an unknown district of a known area as given, not checked', () => {
    expect(placeLocation({ country: 'TJ', province: 'Khatlon', district: 'Куляб' }, 'l')).toMatchObject({ district: 'Kulob', checked: true });
    expect(placeLocation({ country: 'TJ', province: 'Khatlon', district: ' Shahrituz ' }, 'l')).toEqual({
      country: 'TJ',
      province: 'Khatlon',
      areaCode: 'TJ-KT',
      district: 'Shahrituz',
      checked: false,
    });
  });

  it('refuses an area that is not one of a gazetteer country, listing the valid ones', () => {
    const error = refusal(() => placeLocation({ country: 'TJ', province: 'Osh' }, 'locations[1]'));
    expect(error).toMatchObject({ code: 'UNKNOWN_AREA', field: 'locations[1].province' });
    expect(error.message).toContain('TJ-KT Khatlon');
    expect(error.message).toContain('TJ-SU Sughd');
  });

  it('accepts an area of another country by its code, flagged as not checked', () => {
    expect(placeLocation({ country: 'uz', province: 'Fergana' }, 'l')).toEqual({ country: 'UZ', province: 'Fergana', checked: false });
  });

  it('refuses a country code that is not ISO 3166-1 alpha-2', () => {
    expect(refusal(() => placeLocation({ country: 'XX', province: 'Somewhere' }, 'locations[0]'))).toMatchObject({ code: 'UNKNOWN_COUNTRY', field: 'locations[0].country' });
    expect(refusal(() => placeLocation({ country: 'TJK', province: 'Sughd' }, 'locations[0]'))).toMatchObject({ code: 'UNKNOWN_COUNTRY' });
  });

  it('asks for the country when no gazetteer area answers to the name', () => {
    expect(refusal(() => placeLocation({ province: 'Fergana' }, 'locations[2]'))).toMatchObject({ code: 'UNKNOWN_AREA', field: 'locations[2].country' });
  });

  it('names each location by its index in the request', () => {
    expect(refusal(() => placeLocations([{ province: 'Sughd' }, { country: 'KG', province: 'Sughd' }]))).toMatchObject({ field: 'locations[1].province' });
  });
});
