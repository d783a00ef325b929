import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { activityStream } from '#domain';
import { anActivity, anObjective, anOrganization, aPlan, uniqueCode } from '../support/builders.js';
import { ensureCompiled } from '../support/compiled.js';
import { projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const run = promisify(execFile);
const CLI = 'dist/apps/cli/src/main.js';

/**
 * The EU/ACTED project of the worked example: communities of Sughd and Khatlon in Tajikistan and of
 * Osh, Batken and Jalal-Abad in Kyrgyzstan, recorded as such and found per country, area and district.
 * On its own database (the Postgres store, whatever the run's event store), so the CLI reads the same log.
 */
describe('geography: countries, areas and districts of the gazetteer', () => {
  let db: TestDatabase;
  let app: TestApp;
  const s: Record<string, string> = {};
  const cli = async (...args: string[]) => {
    try {
      const { stdout } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: db.url, DB_POOL_SIZE: String(db.poolSize), LOG_LEVEL: 'error' } });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  };

  beforeAll(async () => {
    ensureCompiled();
    db = await createTestDatabase();
    app = await startTestApp({ EVENTSTORE_URL: '' }, db);
    s.acted = (await write(app, '/organizations', anOrganization({ name: 'ACTED', acronym: uniqueCode('ACTED'), kind: 'ngo', country: 'FR' }))).id;
    s.plan = (await write(app, '/plans', aPlan())).id;
    s.objective = (await write(app, `/plans/${s.plan}/objectives`, anObjective())).objectiveId as string;
    const acted = await write(
      app,
      '/activities',
      anActivity(
        { planId: s.plan, objectiveId: s.objective, leadAgencyId: s.acted },
        {
          code: '2.1.2',
          locations: [
            { province: 'Sughd' },
            { country: 'tj', province: 'Хатлон', district: 'Дӯстӣ' },
            { country: 'KG', province: 'Osh', district: 'Kara-Suu' },
            { country: 'KG', province: 'KG-B' },
            { province: 'Жалал-Абад облусу' },
          ],
        },
      ),
    );
    s.acted212 = acted.id;
    const kulob = await write(app, '/activities', anActivity({ planId: s.plan, objectiveId: s.objective, leadAgencyId: s.acted }, { code: '2.1.3', locations: [{ province: 'Khatlon', district: 'Kulob' }] }));
    s.kulob = kulob.id;
    await projected(app, kulob.position);
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('serves the gazetteer: ISO 3166-2 areas of Tajikistan and Kyrgyzstan, in three languages, with the districts the example needs', async () => {
    const { countries } = (await app.http.get('/geography').expect(200)).body;
    expect(countries.map((c: { code: string }) => c.code)).toEqual(['TJ', 'KG']);
    const areas = countries.flatMap((c: { areas: { code: string }[] }) => c.areas.map((a) => a.code));
    expect(areas).toEqual(expect.arrayContaining(['TJ-SU', 'TJ-KT', 'TJ-DU', 'KG-O', 'KG-B', 'KG-J']));
    const khatlon = countries[0].areas.find((a: { code: string }) => a.code === 'TJ-KT');
    expect(khatlon.names).toEqual({ en: 'Khatlon', ru: 'Хатлонская область', tg: 'Вилояти Хатлон' });
    expect(khatlon.districts.map((d: { names: { en: string } }) => d.names.en)).toEqual(expect.arrayContaining(['Dousti', 'Kulob']));
  });

  it('records each location in its country and area, named as the gazetteer names them', async () => {
    const read = (await app.http.get(`/activities/${s.acted212}`).expect(200)).body;
    expect(read.locations).toEqual([
      { country: 'TJ', province: 'Sughd', areaCode: 'TJ-SU', checked: true },
      { country: 'TJ', province: 'Khatlon', areaCode: 'TJ-KT', district: 'Dousti', checked: true },
      { country: 'KG', province: 'Osh', areaCode: 'KG-O', district: 'Kara-Suu', checked: true },
      { country: 'KG', province: 'Batken', areaCode: 'KG-B', checked: true },
      { country: 'KG', province: 'Jalal-Abad', areaCode: 'KG-J', checked: true },
    ]);
  });

  it('finds activities by country, area (any name or code) and district, live and in time travel alike', async () => {
    const codes = async (query: Record<string, string>) => (await app.http.get('/activities').query({ planId: s.plan, ...query }).expect(200)).body.items.map((a: { code: string }) => a.code);
    for (const travel of [{}, { asOf: '2026-01-01' }] as Record<string, string>[]) {
      expect(await codes({ country: 'KG', ...travel })).toEqual(['2.1.2']);
      expect(await codes({ country: 'TJ', ...travel })).toEqual(['2.1.2', '2.1.3']);
      expect(await codes({ province: 'Osh', ...travel })).toEqual(['2.1.2']);
      expect(await codes({ province: 'KG-O', ...travel })).toEqual(['2.1.2']);
      expect(await codes({ province: 'Хатлонская область', ...travel })).toEqual(['2.1.2', '2.1.3']);
      expect(await codes({ province: 'Khatlon', district: 'Куляб', ...travel })).toEqual(['2.1.3']);
      expect(await codes({ country: 'KG', province: 'Osh', district: 'Kara-Suu', ...travel })).toEqual(['2.1.2']);
    }
  });

  it('refuses a filter naming an area its country does not have, listing the valid ones', async () => {
    const response = await app.http.get('/activities').query({ country: 'TJ', province: 'Osh' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'UNKNOWN_AREA', fields: [{ field: 'province' }] });
    expect(response.body.message).toContain('TJ-SU Sughd');
  });

  it('shows the dashboard per country, area within its country and district within its area', async () => {
    const d = (await app.http.get(`/plans/${s.plan}/dashboard`).expect(200)).body;
    expect(d.byCountry.map((r: { country: string; activities: number }) => [r.country, r.activities])).toEqual([['KG', 1], ['TJ', 2]]);
    expect(d.byProvince.map((r: { country: string; areaCode: string; activities: number }) => [r.country, r.areaCode, r.activities])).toEqual([
      ['KG', 'KG-B', 1],
      ['KG', 'KG-J', 1],
      ['KG', 'KG-O', 1],
      ['TJ', 'TJ-KT', 2],
      ['TJ', 'TJ-SU', 1],
    ]);
    expect(d.byDistrict.map((r: { country: string; province: string; district: string }) => [r.country, r.province, r.district])).toEqual([
      ['KG', 'Osh', 'Kara-Suu'],
      ['TJ', 'Khatlon', 'Dousti'],
      ['TJ', 'Khatlon', 'Kulob'],
    ]);
    const travelled = (await app.http.get(`/plans/${s.plan}/dashboard`).query({ asOf: '2026-01-01' }).expect(200)).body;
    expect(travelled.byCountry).toEqual(d.byCountry);
    expect(travelled.byProvince).toEqual(d.byProvince);
    expect(travelled.byDistrict).toEqual(d.byDistrict);
  });

  it('writes the IATI export with each country a recipient and each location with its country code', async () => {
    const xml = (await app.http.get(`/plans/${s.plan}/iati.xml`).buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => done(null, text));
    }).expect(200)).body as string;
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['iati-activity', 'recipient-country', 'location', 'narrative'].includes(name) }).parse(xml);
    const activity = parsed['iati-activities']['iati-activity'].find((a: { 'iati-identifier': string }) => a['iati-identifier'].endsWith('-2.1.2'));
    expect(activity['recipient-country'].map((c: Record<string, string>) => [c['@_code'], c['@_percentage']])).toEqual([['KG', '50'], ['TJ', '50']]);
    const dousti = activity.location[1];
    expect(dousti.name.narrative.map((n: string | Record<string, string>) => (typeof n === 'string' ? n : n['#text']))).toEqual(['Dousti, Khatlon, Tajikistan', 'Дусти, Хатлонская область, Таджикистан', 'Дӯстӣ, Вилояти Хатлон, Тоҷикистон']);
    expect(dousti.administrative).toMatchObject({ '@_vocabulary': 'A4', '@_code': 'TJ' });
    expect(activity.location[2].administrative).toMatchObject({ '@_code': 'KG' });
  });

  it('refuses an area not in a gazetteer country, an unknown country, and an area of no gazetteer country without a country; nothing appended', async () => {
    const before = (await app.allEvents()).length;
    const refs = { planId: s.plan, objectiveId: s.objective, leadAgencyId: s.acted };
    const osh = await app.http.post('/activities').send(anActivity(refs, { code: '9.1', locations: [{ province: 'Sughd' }, { country: 'TJ', province: 'Osh' }] }));
    expect(osh.status).toBe(400);
    expect(osh.body).toMatchObject({ code: 'UNKNOWN_AREA', fields: [{ field: 'locations[1].province' }] });
    expect(osh.body.message).toMatch(/not an area of Tajikistan: one of TJ-DU Dushanbe, .*TJ-KT Khatlon.*TJ-SU Sughd/);
    const country = await app.http.post('/activities').send(anActivity(refs, { code: '9.2', locations: [{ country: 'XX', province: 'Somewhere' }] }));
    expect(country.status).toBe(400);
    expect(country.body).toMatchObject({ code: 'UNKNOWN_COUNTRY', fields: [{ field: 'locations[0].country' }] });
    const nowhere = await app.http.post('/activities').send(anActivity(refs, { code: '9.3', locations: [{ province: 'Fergana' }] }));
    expect(nowhere.status).toBe(400);
    expect(nowhere.body).toMatchObject({ code: 'UNKNOWN_AREA', fields: [{ field: 'locations[0].country' }] });
    const amended = await app.http.post(`/activities/${s.kulob}/amend`).send({ locations: [{ country: 'KG', province: 'Sughd' }], reason: 'typo' });
    expect(amended.status).toBe(400);
    expect((await app.allEvents()).length).toBe(before);
  });

  it('accepts an area of a country outside the gazetteer, flagged as not checked', async () => {
    const refs = { planId: s.plan, objectiveId: s.objective, leadAgencyId: s.acted };
    const created = await write(app, '/activities', anActivity(refs, { code: '2.1.9', locations: [{ country: 'uz', province: 'Fergana', district: 'Rishtan' }] }));
    await projected(app, created.position);
    expect((await app.http.get(`/activities/${created.id}`).expect(200)).body.locations).toEqual([{ country: 'UZ', province: 'Fergana', district: 'Rishtan', checked: false }]);
    expect((await app.http.get('/activities').query({ planId: s.plan, country: 'UZ', province: 'Fergana' }).expect(200)).body.items.map((a: { id: string }) => a.id)).toEqual([created.id]);
  });

  it('reads a bare province stored before version 8 as a Tajik area, keeps an unmatched one for the CLI check to report until it is corrected', async () => {
    const legacyId = randomUUID();
    const metadata = { actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: 7 };
    const data = {
      activityId: legacyId, planId: s.plan, objectiveId: s.objective, code: '2.1.7', titles: { en: 'Legacy activity typed before countries' }, leadAgencyId: s.acted, partnerAgencyIds: [],
      plannedStart: '2016-01-01', plannedEnd: '2017-06-30', locations: [{ province: 'Khatlon', district: 'Kulob' }, { province: 'Osh' }], tags: { sdg: [], gcm: [] }, effectiveOn: '2016-01-01',
    };
    const appended = await app.events.append(activityStream(legacyId), [{ id: randomUUID(), type: 'ActivityPlanned', data, metadata }], 'no_stream');
    await projected(app, appended.position);
    expect((await app.http.get(`/activities/${legacyId}`).expect(200)).body.locations).toEqual([
      { country: 'TJ', province: 'Khatlon', areaCode: 'TJ-KT', district: 'Kulob', checked: true },
      { province: 'Osh', checked: false },
    ]);

    const reported = await cli('locations', 'check', '--json');
    expect(reported.code).toBe(1);
    const { unchecked } = JSON.parse(reported.stdout) as { unchecked: { activityId: string; code: string; why: string; location: unknown }[] };
    expect(unchecked).toEqual(
      expect.arrayContaining([
        { activityId: legacyId, planId: s.plan, code: '2.1.7', location: { province: 'Osh', checked: false }, why: 'no-country' },
        expect.objectContaining({ code: '2.1.9', why: 'country-not-in-gazetteer' }),
      ]),
    );

    const corrected = await write(app, `/activities/${legacyId}/amend`, { locations: [{ province: 'Khatlon', district: 'Kulob' }, { country: 'KG', province: 'Osh' }], reason: 'Osh is in Kyrgyzstan' });
    await projected(app, corrected.position);
    const after = await cli('locations', 'check', '--json');
    expect(after.code).toBe(0);
    expect((JSON.parse(after.stdout) as { unchecked: { why: string }[] }).unchecked.map((u) => u.why)).toEqual(['country-not-in-gazetteer']);
  }, 120_000);
});
