import { matchesSearch, normaliseForSearch, searchPatterns, searchText } from './search.js';

describe('search normalisation', () => {
  it('drops accents and case in Latin and Cyrillic', () => {
    expect(normaliseForSearch('Ministère des Affaires ÉTRANGÈRES')).toBe('ministere des affaires etrangeres');
    expect(normaliseForSearch('Вазорати Меҳнат')).toBe(normaliseForSearch('вазорати мехнат'));
    expect(normaliseForSearch('Ёрдам')).toBe(normaliseForSearch('ердам'));
  });

  it('matches a query in any of the parts, as LIKE does with the pattern', () => {
    const text = searchText('TJ-DIASPORA-2015', 'Engagement of the Tajik Diaspora', undefined, 'Ҷалби диаспора');
    expect(matchesSearch(text, 'tajik DIASPORA')).toBe(true);
    expect(matchesSearch(text, 'чалби')).toBe(true);
    expect(matchesSearch(text, 'absent')).toBe(false);
  });

  it('matches every word of a query, in any order and in any part', () => {
    const text = searchText('2.1.2', 'Matching grants in Dousti and Kulob');
    expect(matchesSearch(text, '  kulob   DOUSTI ')).toBe(true);
    expect(matchesSearch(text, 'kulob 2.1.2')).toBe(true);
    expect(matchesSearch(text, 'kulob vose')).toBe(false);
    expect(searchPatterns(' kulob  dousti ')).toEqual(['%kulob%', '%dousti%']);
  });

  it('takes %, _ and backslash in a query literally', () => {
    expect(searchPatterns('50%_a\\b')).toEqual(['%50\\%\\_a\\\\b%']);
  });
});
