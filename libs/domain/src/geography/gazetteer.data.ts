import type { GazetteerCountry } from './gazetteer.js';

/*
 * The administrative geography this project ships: Tajikistan and Kyrgyzstan, first-level areas with
 * their ISO 3166-2 codes, and the districts the plan's activities name so far (not every district:
 * another one is accepted within a known area, flagged as not checked). Names in English, Russian
 * and the country's language; `aliases` are other spellings people type (short forms, former names).
 */
export const GAZETTEER: readonly GazetteerCountry[] = [
  {
    code: 'TJ',
    names: { en: 'Tajikistan', ru: 'Таджикистан', tg: 'Тоҷикистон' },
    areas: [
      { code: 'TJ-DU', names: { en: 'Dushanbe', ru: 'Душанбе', tg: 'Душанбе' }, districts: [] },
      {
        code: 'TJ-GB',
        names: { en: 'Gorno-Badakhshan', ru: 'Горно-Бадахшанская автономная область', tg: 'Вилояти Мухтори Кӯҳистони Бадахшон' },
        aliases: ['GBAO', 'Kuhistoni Badakhshon', 'ГБАО', 'Бадахшан', 'ВМКБ'],
        districts: [{ names: { en: 'Khorog', ru: 'Хорог', tg: 'Хоруғ' } }],
      },
      {
        code: 'TJ-KT',
        names: { en: 'Khatlon', ru: 'Хатлонская область', tg: 'Вилояти Хатлон' },
        aliases: ['Khatlon Region', 'Хатлон'],
        districts: [
          { names: { en: 'Bokhtar', ru: 'Бохтар', tg: 'Бохтар' }, aliases: ['Qurghonteppa', 'Kurgan-Tyube', 'Курган-Тюбе'] },
          { names: { en: 'Danghara', ru: 'Дангара', tg: 'Данғара' } },
          { names: { en: 'Dousti', ru: 'Дусти', tg: 'Дӯстӣ' }, aliases: ['Dusti', 'Jilikul', 'Джиликуль'] },
          { names: { en: 'Farkhor', ru: 'Фархор', tg: 'Фархор' } },
          { names: { en: 'Hamadoni', ru: 'Хамадони', tg: 'Ҳамадонӣ' } },
          { names: { en: 'Jaloliddini Rumi', ru: 'Джалолиддин Руми', tg: 'Ҷалолиддини Румӣ' }, aliases: ['Jaloliddini Balkhi', 'Джалолиддини Балхи'] },
          { names: { en: 'Kulob', ru: 'Куляб', tg: 'Кӯлоб' }, aliases: ['Kulyab'] },
          { names: { en: 'Panj', ru: 'Пяндж', tg: 'Панҷ' } },
          { names: { en: 'Qubodiyon', ru: 'Кубодиён', tg: 'Қубодиён' } },
          { names: { en: 'Vose', ru: 'Восе', tg: 'Восеъ' } },
        ],
      },
      {
        code: 'TJ-RA',
        names: { en: 'Districts of Republican Subordination', ru: 'Районы республиканского подчинения', tg: 'Ноҳияҳои тобеи ҷумҳурӣ' },
        aliases: ['DRS', 'РРП'],
        districts: [
          { names: { en: 'Rasht', ru: 'Рашт', tg: 'Рашт' } },
          { names: { en: 'Vahdat', ru: 'Вахдат', tg: 'Ваҳдат' } },
        ],
      },
      {
        code: 'TJ-SU',
        names: { en: 'Sughd', ru: 'Согдийская область', tg: 'Вилояти Суғд' },
        aliases: ['Sughd Region', 'Sogd', 'Согд', 'Суғд'],
        districts: [
          { names: { en: 'Asht', ru: 'Ашт', tg: 'Ашт' } },
          { names: { en: 'Bobojon Ghafurov', ru: 'Бободжон Гафуров', tg: 'Бобоҷон Ғафуров' }, aliases: ['B. Gafurov'] },
          { names: { en: 'Isfara', ru: 'Исфара', tg: 'Исфара' } },
          { names: { en: 'Istaravshan', ru: 'Истаравшан', tg: 'Истаравшан' } },
          { names: { en: 'Khujand', ru: 'Худжанд', tg: 'Хуҷанд' } },
          { names: { en: 'Konibodom', ru: 'Канибадам', tg: 'Конибодом' }, aliases: ['Kanibadam'] },
          { names: { en: 'Panjakent', ru: 'Пенджикент', tg: 'Панҷакент' }, aliases: ['Penjikent'] },
          { names: { en: 'Spitamen', ru: 'Спитамен', tg: 'Спитамен' } },
        ],
      },
    ],
  },
  {
    code: 'KG',
    names: { en: 'Kyrgyzstan', ru: 'Кыргызстан', ky: 'Кыргызстан', tg: 'Қирғизистон' },
    areas: [
      {
        code: 'KG-B',
        names: { en: 'Batken', ru: 'Баткенская область', ky: 'Баткен облусу' },
        aliases: ['Batken Region', 'Баткен'],
        districts: [
          { names: { en: 'Batken', ru: 'Баткен', ky: 'Баткен' } },
          { names: { en: 'Kadamjay', ru: 'Кадамжай', ky: 'Кадамжай' } },
          { names: { en: 'Leilek', ru: 'Лейлек', ky: 'Лейлек' } },
        ],
      },
      { code: 'KG-C', names: { en: 'Chüy', ru: 'Чуйская область', ky: 'Чүй облусу' }, aliases: ['Chuy', 'Чуй'], districts: [] },
      { code: 'KG-GB', names: { en: 'Bishkek', ru: 'Бишкек', ky: 'Бишкек' }, districts: [] },
      { code: 'KG-GO', names: { en: 'Osh city', ru: 'город Ош', ky: 'Ош шаары' }, districts: [] },
      {
        code: 'KG-J',
        names: { en: 'Jalal-Abad', ru: 'Джалал-Абадская область', ky: 'Жалал-Абад облусу' },
        aliases: ['Jalal-Abad Region', 'Jalalabad', 'Джалал-Абад'],
        districts: [
          { names: { en: 'Bazar-Korgon', ru: 'Базар-Коргон', ky: 'Базар-Коргон' } },
          { names: { en: 'Nooken', ru: 'Ноокен', ky: 'Ноокен' } },
          { names: { en: 'Suzak', ru: 'Сузак', ky: 'Сузак' } },
        ],
      },
      { code: 'KG-N', names: { en: 'Naryn', ru: 'Нарынская область', ky: 'Нарын облусу' }, aliases: ['Нарын'], districts: [] },
      {
        code: 'KG-O',
        names: { en: 'Osh', ru: 'Ошская область', ky: 'Ош облусу' },
        aliases: ['Osh Region', 'Ош'],
        districts: [
          { names: { en: 'Aravan', ru: 'Араван', ky: 'Араван' } },
          { names: { en: 'Kara-Suu', ru: 'Кара-Суу', ky: 'Кара-Суу' } },
          { names: { en: 'Nookat', ru: 'Ноокат', ky: 'Ноокат' } },
          { names: { en: 'Uzgen', ru: 'Узген', ky: 'Өзгөн' } },
        ],
      },
      { code: 'KG-T', names: { en: 'Talas', ru: 'Таласская область', ky: 'Талас облусу' }, aliases: ['Талас'], districts: [] },
      { code: 'KG-Y', names: { en: 'Issyk-Kul', ru: 'Иссык-Кульская область', ky: 'Ысык-Көл облусу' }, aliases: ['Ysyk-Köl', 'Иссык-Куль'], districts: [] },
    ],
  },
];
