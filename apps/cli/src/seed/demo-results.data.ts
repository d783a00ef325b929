import type { DemoDimension, DemoObjectiveIndicator, DemoResultIndicator } from './demo-data.types.js';

/*
 * The results framework of the 2015–2020 plan (issue 12): its disaggregation catalogue, the indicator of
 * objective 2.1 that the ACTED projects roll up to (communities reached in Tajikistan and Kyrgyzstan),
 * and UNICEF's situational analysis of those left behind, by sex and age.
 */

const TJ = { en: 'Tajikistan', ru: 'Таджикистан', tg: 'Тоҷикистон' };
const KG = { en: 'Kyrgyzstan', ru: 'Кыргызстан', tg: 'Қирғизистон' };

/** Per plan key, the dimensions its indicators may be split by. */
export const DIMENSIONS: Record<string, DemoDimension[]> = {
  '2015': [
    { code: 'sex', names: { en: 'Sex', ru: 'Пол', tg: 'Ҷинс' }, exhaustive: true, categories: [{ code: 'female', names: { en: 'Female', ru: 'Женщины', tg: 'Занон' } }, { code: 'male', names: { en: 'Male', ru: 'Мужчины', tg: 'Мардон' } }] },
    { code: 'age', names: { en: 'Age group', ru: 'Возрастная группа' }, exhaustive: true, categories: [{ code: 'child', names: { en: 'Under 18', ru: 'До 18 лет' } }, { code: 'adult', names: { en: '18 and over', ru: '18 лет и старше' } }] },
    { code: 'country', names: { en: 'Country', ru: 'Страна', tg: 'Кишвар' }, exhaustive: true, categories: [{ code: 'TJ', names: TJ }, { code: 'KG', names: KG }] },
    {
      code: 'migrant_status',
      names: { en: 'Migrant status', ru: 'Миграционный статус' },
      // Not everyone's status is known: these categories need not add up to the total.
      exhaustive: false,
      categories: [
        { code: 'migrant', names: { en: 'Migrant abroad' } },
        { code: 'returnee', names: { en: 'Returned migrant' } },
        { code: 'left_behind', names: { en: 'Family member left behind' } },
      ],
    },
  ],
};

export const OBJECTIVE_INDICATORS: DemoObjectiveIndicator[] = [
  {
    plan: '2015',
    objective: '2.1',
    key: 'communities',
    names: { en: 'Communities reached by remittance investment', ru: 'Сообщества, охваченные инвестициями из денежных переводов' },
    unit: 'communities',
    baseline: 0,
    baselineDate: '2015-12-31',
    targets: [{ year: 2016, value: 120 }, { year: 2017, value: 300 }, { year: 2018, value: 450 }, { year: 2019, value: 520 }],
    disaggregations: ['country'],
  },
];

const communities = (tj: number, kg: number) => ({ value: tj + kg, categories: { country: { TJ: tj, KG: kg } } });
const interviewed = (female: number, male: number, children: number, leftBehind: number) => ({
  value: female + male,
  categories: { sex: { female, male }, age: { child: children, adult: female + male - children }, migrant_status: { left_behind: leftBehind } },
});

/** Per activity key, its indicators of the results framework, valued in its reports in order. */
export const RESULT_INDICATORS: Record<string, DemoResultIndicator[]> = {
  // The EU/ACTED project: 380 communities of Sughd and Khatlon, 120 of Osh, Batken and Jalal-Abad.
  '2015/2.1.2': [
    {
      key: 'communities',
      names: { en: 'Communities reached', ru: 'Охвачено сообществ' },
      unit: 'communities',
      baseline: 0,
      baselineDate: '2015-12-31',
      targets: [{ year: 2016, value: 100 }, { year: 2017, value: 250 }, { year: 2018, value: 400 }, { year: 2019, value: 500 }],
      disaggregations: ['country'],
      rollsUpTo: { indicator: 'communities', method: 'sum' },
      values: [communities(90, 30), communities(220, 80), communities(330, 110), communities(380, 120)],
    },
  ],
  '2015/2.1.4': [
    {
      key: 'communities',
      names: { en: 'Communities reached', ru: 'Охвачено сообществ' },
      unit: 'communities',
      baseline: 0,
      targets: [{ year: 2017, value: 10 }, { year: 2018, value: 20 }],
      disaggregations: ['country'],
      rollsUpTo: { indicator: 'communities', method: 'sum' },
      values: [communities(12, 0), communities(20, 0)],
    },
  ],
  '2015/4.6': [
    {
      key: 'interviewed',
      names: { en: 'Women and children left behind interviewed', ru: 'Опрошено женщин и детей, оставшихся дома' },
      unit: 'persons',
      baseline: 0,
      target: 1200,
      disaggregations: ['sex', 'age', 'migrant_status'],
      values: [interviewed(390, 110, 220, 470), interviewed(960, 280, 540, 1150)],
    },
  ],
};
