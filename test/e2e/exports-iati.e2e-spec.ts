import { execFileSync } from 'node:child_process';
import { CommandBus } from '@nestjs/cqrs';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'csv-parse/sync';
import { seedDemo } from '../../apps/cli/src/seed/seed-demo.js';
import { anActivity, anObjective, anOrganization, aPlan, aProgressReport, uniqueCode } from '../support/builders.js';
import { schemaOrderErrors } from '../support/iati-schema.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LISTS = ['iati-activity', 'narrative', 'budget', 'transaction', 'participating-org', 'document-link', 'result', 'period', 'sector', 'description'];
const parseIati = (xml: string) => new XMLParser({ ignoreAttributes: false, parseTagValue: false, alwaysCreateTextNode: true, isArray: (name) => LISTS.includes(name) }).parse(xml)['iati-activities'];
const texts = (element: any) => element.narrative.map((n: any) => (n['@_xml:lang'] ? `${n['@_xml:lang']}:${n['#text']}` : n['#text']));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const xmllint = (xml: string) => execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });

async function workbook(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}
const binary = (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * A plan built here: an activity titled in English and Russian with a sector of its own, an indicator
 * reported over two periods with evidence, funded by the EU (which has an IATI identifier) and the UK
 * (which has none); a second activity funded by the UK alone, titled like a formula.
 */
describe('exports: IATI 2.03, CSV and XLSX, donors\' own', () => {
  let app: TestApp;
  const s: Record<string, string> = {};
  let last = '';
  const post = async (path: string, body: unknown) => {
    const r = await write(app, path, body);
    last = r.position;
    return r;
  };
  const get = (path: string, token?: string) => (token ? app.as(token) : app.http).get(path).query({ minPosition: last });

  beforeAll(async () => {
    app = await startTestApp();
    s.lead = (await post('/organizations', anOrganization({ name: 'Migration Service', acronym: uniqueCode('MS') }))).id;
    s.eu = (await post('/organizations', anOrganization({ name: 'European Union', acronym: uniqueCode('EU'), kind: 'donor', country: 'BE', iatiIdentifier: 'XI-IATI-EC_INTPA' }))).id;
    s.uk = (await post('/organizations', anOrganization({ name: 'United Kingdom FCDO', acronym: uniqueCode('FCDO'), kind: 'donor', country: 'GB' }))).id;
    s.planCode = uniqueCode('TJ-EXPORT');
    s.plan = (await post('/plans', aPlan({ code: s.planCode, defaultSectorCode: '16020', effectiveOn: '2014-12-01' }))).id;
    s.objective = (await post(`/plans/${s.plan}/objectives`, anObjective({ code: '2', titles: { en: 'Diaspora investment', ru: 'Инвестиции диаспоры' }, title: undefined, effectiveOn: '2014-12-01' }))).objectiveId as string;
    const refs = { planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead };
    s.a1 = (await post('/activities', anActivity(refs, { code: '2.1', title: undefined, titles: { en: 'Remittance campaign', ru: 'Кампания о переводах' }, sectorCode: '24050', plannedStart: '2016-01-01', plannedEnd: '2017-06-30', budget: { amount: '100000.00', currency: 'EUR' }, effectiveOn: '2015-12-01' }))).id;
    s.a2 = (await post('/activities', anActivity(refs, { code: '2.2', title: '=HYPERLINK("https://evil.example","x")', effectiveOn: '2015-12-01' }))).id;
    s.indicator = (await post(`/activities/${s.a1}/indicators`, { names: { en: 'Migrants informed', ru: 'Информированные мигранты' }, unit: 'people', baseline: 5, target: 500 })).indicatorId as string;
    await post(`/activities/${s.a1}/start`, { startedOn: '2016-01-10' });
    await post(`/activities/${s.a1}/progress-reports`, aProgressReport({ periodStart: '2016-01-01', periodEnd: '2016-03-31', percentComplete: 10, indicatorValues: [{ indicatorId: s.indicator, value: 40 }], evidence: [{ title: 'Q1 minutes', url: 'https://example.org/q1.pdf' }] }));
    await post(`/activities/${s.a1}/progress-reports`, aProgressReport({ periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 30, indicatorValues: [{ indicatorId: s.indicator, value: 120 }], evidence: [{ title: 'Campaign page', url: 'https://example.org/campaign' }] }));
    await post(`/activities/${s.a1}/funding-commitments`, { donorId: s.eu, money: { amount: '60000', currency: 'EUR' }, committedOn: '2016-01-15' });
    await post(`/activities/${s.a1}/disbursements`, { donorId: s.eu, money: { amount: '20000', currency: 'EUR' }, disbursedOn: '2016-02-01' });
    await post(`/activities/${s.a1}/funding-commitments`, { donorId: s.uk, money: { amount: '40000', currency: 'EUR' }, committedOn: '2016-01-20' });
    await post(`/activities/${s.a2}/funding-commitments`, { donorId: s.uk, money: { amount: '77777', currency: 'GBP' }, committedOn: '2016-01-20' });
    s.euToken = (await app.token('donor', s.eu)).token;
  }, 120_000);
  afterAll(async () => app.close());

  describe('IATI 2.03', () => {
    let xml = '';
    let a1: any;
    beforeAll(async () => {
      const response = await get(`/plans/${s.plan}/iati.xml`).buffer(true);
      expect(response.status).toBe(200);
      xml = response.text;
      a1 = parseIati(xml)['iati-activity'].find((a: any) => a['iati-identifier']['#text'].endsWith(`${s.planCode}-2.1`));
    });

    it('is well-formed (xmllint) and has every element in the schema\'s order', () => {
      expect(() => xmllint(xml)).not.toThrow();
      const { errors, activities } = schemaOrderErrors(xml);
      expect(activities).toBe(2);
      expect(errors).toEqual([]);
    });

    it('writes titles, the generated description, indicator names in both languages', () => {
      expect(texts(a1.title)).toEqual(['Remittance campaign', 'ru:Кампания о переводах']);
      expect(texts(a1.description[0])).toEqual(['2. Diaspora investment — 2.1. Remittance campaign', 'ru:2. Инвестиции диаспоры — 2.1. Кампания о переводах']);
      expect(texts(a1.result[0].indicator.title)).toEqual(['Migrants informed', 'ru:Информированные мигранты']);
    });

    it('writes the activity\'s sector, else the plan\'s default', () => {
      expect(a1.sector).toEqual([expect.objectContaining({ '@_vocabulary': '1', '@_code': '24050' })]);
      const a2 = parseIati(xml)['iati-activity'].find((a: any) => a['iati-identifier']['#text'].endsWith('-2.2'));
      expect(a2.sector[0]['@_code']).toBe('16020');
    });

    it('splits the budget per calendar year with value dates, summing to the total', () => {
      expect(a1.budget.map((b: any) => [b['period-start']['@_iso-date'], b['period-end']['@_iso-date'], b.value['@_value-date'], b.value['#text']])).toEqual([
        ['2016-01-01', '2016-12-31', '2016-01-01', '66910.42'], // 366 of 547 days
        ['2017-01-01', '2017-06-30', '2017-01-01', '33089.58'],
      ]);
    });

    it('types the transactions from the reporting organisation\'s side, with provider refs only from IATI identifiers', () => {
      expect(a1.transaction.map((t: any) => [t['transaction-type']['@_code'], t.value['#text'], t['provider-org']['@_ref'] ?? null, texts(t['provider-org'])[0]])).toEqual([
        ['11', '60000.00', 'XI-IATI-EC_INTPA', 'European Union'],
        ['1', '20000.00', 'XI-IATI-EC_INTPA', 'European Union'],
        ['11', '40000.00', null, 'United Kingdom FCDO'],
      ]);
      expect(a1.transaction[0]['receiver-org']['@_ref']).toBe('TJ-MOLMPE');
      // No internal id anywhere: organisations without an IATI identifier are named only.
      expect(xml).not.toMatch(UUID);
    });

    it('writes results per period, document links of the reports in force, the plan as parent and the last event\'s time', async () => {
      const indicator = a1.result[0].indicator;
      expect(indicator.baseline).toMatchObject({ '@_year': '2016', '@_value': '5' });
      expect(indicator.period.map((p: any) => [p['period-start']['@_iso-date'], p.target['@_value'], p.actual['@_value']])).toEqual([
        ['2016-01-01', '500', '40'],
        ['2016-04-01', '500', '120'],
      ]);
      expect(a1['document-link'].map((d: any) => [d['@_url'], d['@_format'], d.category['@_code'], texts(d.title)[0]])).toEqual([
        ['https://example.org/q1.pdf', 'application/pdf', 'A07', 'Q1 minutes'],
        ['https://example.org/campaign', 'text/html', 'A07', 'Campaign page'],
      ]);
      expect(a1['related-activity']).toMatchObject({ '@_ref': `TJ-MOLMPE-${s.planCode}`, '@_type': '1' });
      const history = (await get(`/audit`).query({ stream: `activity-${s.a1}`, pageSize: 100 })).body.items;
      expect(a1['@_last-updated-datetime']).toBe(history.at(-1).recordedAt);
      const again = parseIati((await get(`/plans/${s.plan}/iati.xml`).buffer(true)).text)['iati-activity'].find((a: any) => a['iati-identifier']['#text'].endsWith('-2.1'));
      expect(again['@_last-updated-datetime']).toBe(a1['@_last-updated-datetime']);
    });

    it('warns in a Warning header that the configured reporting-org ref has no registration agency prefix', async () => {
      const response = await get(`/plans/${s.plan}/iati.xml`);
      expect(response.headers.warning).toMatch(/^199 - ".*TJ-MOLMPE.*registration agency prefix.*"$/);
      expect(response.headers['content-type']).toMatch(/^application\/xml/);
    });
  });

  it('refuses an activity code that cannot end an IATI identifier (400 naming code), and a sector not in the list', async () => {
    const refs = { planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead };
    for (const code of ['2 3', '2/3', 'A&B', 'x?y', 'a|b']) {
      const refused = await app.http.post('/activities').send(anActivity(refs, { code }));
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('code');
    }
    const badSector = await app.http.post('/activities').send(anActivity(refs, { code: '9.9', sectorCode: '12345' }));
    expect(badSector.status).toBe(400);
    expect(JSON.stringify(badSector.body)).toContain('sectorCode');
  });

  it('CSV: one row per activity with an indicators column; formula-like text neutralised', async () => {
    const rows = parse((await get(`/plans/${s.plan}/export.csv`)).text, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.code === '2.1')!.indicators).toBe('Migrants informed [people]: 5 → 120 / 500');
    expect(rows.find((r) => r.code === '2.2')!.title).toBe(`'=HYPERLINK("https://evil.example","x")`);
  });

  it('XLSX: four sheets read back with exceljs, bold frozen headers, dates as dates, numbers as numbers, Cyrillic intact', async () => {
    const response = await get(`/plans/${s.plan}/export.xlsx`).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/);
    const book = await workbook(response.body);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Activities', 'Indicators', 'Funding', 'Audit']);
    const activities = book.getWorksheet('Activities')!;
    expect(activities.getRow(1).font?.bold).toBe(true);
    expect(activities.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(activities.getColumn(4).width).toBeGreaterThan(20);
    const header = (activities.getRow(1).values as unknown[]).slice(1);
    const row = activities.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(cell('Code')).toBe('2.1');
    expect(cell('Planned start')).toEqual(new Date('2016-01-01T00:00:00Z'));
    expect(cell('Budget')).toBe(100000);
    const indicators = book.getWorksheet('Indicators')!;
    expect((indicators.getRow(1).values as unknown[]).slice(1)).toEqual(['Activity', 'Indicator', 'Unit', 'Baseline', 'Target', '2016-01-01 – 2016-03-31', '2016-04-01 – 2016-06-30']);
    expect((indicators.getRow(2).values as unknown[]).slice(1)).toEqual(['2.1', 'Migrants informed', 'people', 5, 500, 40, 120]);
    const funding = book.getWorksheet('Funding')!;
    expect(funding.rowCount).toBe(4); // header, EU and UK on 2.1, UK on 2.2
    const audit = book.getWorksheet('Audit')!;
    expect(audit.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    const types = audit.getColumn(4).values;
    expect(types).toEqual(expect.arrayContaining(['PlanDrafted', 'ActivityPlanned', 'FundsCommitted']));
    // Cyrillic survives: the objective's Russian title is in the IATI file; in the workbook, a Russian-only indicator name.
    const ru = await post(`/activities/${s.a2}/indicators`, { names: { ru: 'Семинары проведены' }, unit: 'семинары', baseline: 0, target: 3 });
    expect(ru.indicatorId).toEqual(expect.any(String));
    const again = await workbook((await get(`/plans/${s.plan}/export.xlsx`).buffer(true).parse(binary)).body);
    expect(again.getWorksheet('Indicators')!.getColumn(2).values).toContain('Семинары проведены');
  });

  describe('a donor downloads what it funds, and nothing of another donor', () => {
    it('IATI: only the activities it funds, only its own transactions and participation', async () => {
      const response = await get(`/plans/${s.plan}/iati.xml`, s.euToken).buffer(true);
      expect(response.status).toBe(200);
      const activities = parseIati(response.text)['iati-activity'];
      expect(activities.map((a: any) => a['iati-identifier']['#text'])).toEqual([`TJ-MOLMPE-${s.planCode}-2.1`]);
      expect(activities[0].transaction).toHaveLength(2);
      for (const other of ['United Kingdom', '40000', '77777', s.uk]) expect(response.text).not.toContain(other);
    });

    it('CSV and XLSX: only its activities and funding lines; no audit sheet', async () => {
      const csv = await get(`/plans/${s.plan}/export.csv`, s.euToken);
      expect(csv.status).toBe(200);
      const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.code)).toEqual(['2.1']);
      expect(rows[0].committed).toMatch(/^EU-\w+ EUR 60000\.00$/);
      const book = await workbook((await get(`/plans/${s.plan}/export.xlsx`, s.euToken).buffer(true).parse(binary)).body);
      expect(book.worksheets.map((w) => w.name)).toEqual(['Activities', 'Indicators', 'Funding']);
      expect(book.getWorksheet('Funding')!.getColumn(2).values.filter(Boolean)).toEqual(['Donor', 'European Union']);
      const everything = book.worksheets.flatMap((w) => w.getSheetValues().flat()).join(' ');
      for (const other of ['United Kingdom', '77777', '40000']) expect(everything).not.toContain(other);
    });
  });

  describe('errors are JSON on every export route', () => {
    it.each(['export.csv', 'export.xlsx', 'iati.xml'])('%s: 404 for an unknown plan, 401 without a token, 400 for a bad id', async (route) => {
      const unknown = await app.http.get(`/plans/00000000-0000-4000-8000-000000000000/${route}`);
      expect(unknown.status).toBe(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/json/);
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      const anonymous = await app.as(null).get(`/plans/${s.plan}/${route}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/^application\/json/);
      const bad = await app.http.get(`/plans/not-an-id/${route}`);
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/json/);
      // The exports have no clock to ask for: a parameter they would ignore is refused, not answered with today's file.
      const asOf = await app.http.get(`/plans/${s.plan}/${route}`).query({ asOf: '2016-01-01' });
      expect(asOf.status).toBe(400);
      expect(asOf.body.fields.map((f: { field: string }) => f.field)).toEqual(['asOf']);
    });

    it.each([
      ['export.csv', '.csv'],
      ['export.xlsx', '.xlsx'],
      ['iati.xml', '-iati.xml'],
    ])('%s is a file named for its plan', async (route, ending) => {
      const response = await app.http.get(`/plans/${s.plan}/${route}`).buffer(true);
      expect(response.headers['content-disposition'].replace(/"/g, '')).toBe(`attachment; filename=${s.planCode}${ending}`);
    });
  });

  describe('the demo seed', () => {
    let xml = '';
    beforeAll(async () => {
      const seeded = await seedDemo(app.app.get(CommandBus));
      const position = (await app.allEvents()).at(-1)!.position;
      const response = await app.http.get(`/plans/${seeded.plans['2015']}/iati.xml`).query({ minPosition: position }).buffer(true);
      expect(response.status).toBe(200);
      xml = response.text;
    }, 180_000);

    it('exports every activity well-formed and in the schema\'s order', () => {
      expect(() => xmllint(xml)).not.toThrow();
      const { errors, activities } = schemaOrderErrors(xml);
      expect(activities).toBeGreaterThan(10);
      expect(errors).toEqual([]);
    });

    it('gives each activity a description, a sector, budgets no longer than a year, and no internal ids', () => {
      for (const a of parseIati(xml)['iati-activity']) {
        const id = a['iati-identifier']['#text'];
        expect(`${id} ${a.description?.[0]?.narrative?.length ?? 0}`).not.toMatch(/ 0$/);
        expect(`${id} ${a.sector?.[0]?.['@_code']}`).toMatch(/ \d{5}$/);
        for (const b of a.budget ?? []) expect(`${id} ${b['period-start']['@_iso-date'].slice(0, 4)}`).toBe(`${id} ${b['period-end']['@_iso-date'].slice(0, 4)}`);
        expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
      }
      expect(xml).not.toMatch(UUID);
      // The seed's international organisations and the EU carry their IATI identifiers.
      expect(xml).toMatch(/<participating-org ref="(XM-DAC-\d+|XI-IATI-EC_INTPA)"/);
    });

    it('writes the results framework: the ACTED communities per year, by country, and the situational analysis by sex and age', () => {
      const acted = parseIati(xml)['iati-activity'].find((a: any) => a['iati-identifier']['#text'].endsWith('-2.1.2'));
      const communities = acted.result.map((r: any) => r.indicator).find((i: any) => i.title.narrative[0]['#text'] === 'Communities reached');
      expect(communities).toMatchObject({ '@_measure': '1', '@_ascending': '1', baseline: { '@_year': '2015', '@_iso-date': '2015-12-31', '@_value': '0' } });
      const last = communities.period.at(-1);
      expect([last['period-start']['@_iso-date'], last['period-end']['@_iso-date'], last.target['@_value']]).toEqual(['2019-01-01', '2019-12-31', '500']);
      expect(last.actual.map((a: any) => [a['@_value'], a.dimension?.['@_name'], a.dimension?.['@_value']])).toEqual([
        ['500', undefined, undefined],
        ['380', 'country', 'TJ'],
        ['120', 'country', 'KG'],
      ]);
      expect(xml).toMatch(/<dimension name="sex" value="female"\s*\/?>/);
    });
  });
});
