import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { anObjective, anOrganization, aPlan, uniqueCode } from '../support/builders.js';
import { projected, write } from '../support/scenario.js';
import { XLSX } from '../../apps/api/src/http/files.js';
import { binary } from '../support/raw-get.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HEADER =
  'Objective,Code,Title (en),Title (ru),Lead agency,Partner agencies,Planned start,Planned end,Locations,SDG targets,GCM objectives,Budget,Currency';

interface Field {
  field: string;
  messages: string[];
}

/** Text as Windows-1251 writes it: ASCII as it is, Russian letters one byte each. */
function windows1251(text: string): Buffer {
  const byteOf = (letter: string) => {
    const code = letter.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`${letter} is not in this test's Windows-1251`);
  };
  return Buffer.from([...text].map(byteOf));
}

/**
 * A workbook of `rows` rows of 16 short text cells under a header, its sheet's XML written directly (exceljs
 * would take seconds to write it): 37,500 rows unpack to 30 MB, packed to under 2 MB.
 */
async function manyRowsWorkbook(rows: number): Promise<Buffer> {
  const columns = 'ABCDEFGHIJKLMNOP'.split('');
  const row = (r: number) => `<row r="${r}">${columns.map((c) => `<c r="${c}${r}" t="inlineStr"><is><t>${r === 1 ? c : 'x'}</t></is></c>`).join('')}</row>`;
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets><sheet name="Activities" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<worksheet xmlns="${main}"><sheetData>${Array.from({ length: rows + 1 }, (_, i) => row(i + 1)).join('')}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/**
 * A secretariat moving from a spreadsheet: the plan's activity matrix imported in one request, every row
 * checked as POST /activities checks it before any is recorded.
 */
describe('importing a plan’s activities from a spreadsheet', () => {
  let app: TestApp;
  const s: Record<string, string> = {};

  const send = (body: string | Buffer, { type = 'text/csv', dryRun = false, key }: { type?: string; dryRun?: boolean; key?: string } = {}) => {
    const request = app.http
      .post(`/plans/${s.plan}/activities/import`)
      .query(dryRun ? { dryRun: 'true' } : {})
      .set('Content-Type', type);
    return (key ? request.set('Idempotency-Key', key) : request).send(body);
  };
  const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
  const recorded = async () => (await app.allEvents()).length;

  beforeAll(async () => {
    app = await startTestApp();
    s.ms = uniqueCode('MS');
    s.iom = uniqueCode('IOM');
    s.msId = (await write(app, '/organizations', anOrganization({ acronym: s.ms }))).id;
    s.iomId = (await write(app, '/organizations', anOrganization({ name: 'IOM', acronym: s.iom, kind: 'international_organization', country: 'CH' }))).id;
    s.plan = (await write(app, '/plans', aPlan())).id;
    s.obj2 = (await write(app, `/plans/${s.plan}/objectives`, anObjective({ code: '2' }))).objectiveId as string;
    const last = await write(app, `/plans/${s.plan}/objectives`, anObjective({ code: '2.1', parentObjectiveId: s.obj2 }));
    s.obj21 = last.objectiveId as string;
    await projected(app, last.position);
  });
  afterAll(async () => app.close());

  it('previews a dry run row by row and records nothing', async () => {
    const before = await recorded();
    const file = csv(
      `2,2.1,Information campaign,Информационная кампания,${s.ms},${s.iom},2016-01-01,2017-06-30,Khatlon/Kulob; Sughd,10.7,19,250000.00,EUR`,
      `2.1,2.2,Diaspora investment forum,,${s.ms.toLowerCase()},,01.03.2016,31.12.2016,,,,,`,
    );
    const response = await send(file, { dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      planId: s.plan,
      dryRun: true,
      count: 2,
      activities: [
        { row: 2, code: '2.1', title: 'Information campaign' },
        { row: 3, code: '2.2', title: 'Diaspora investment forum' },
      ],
    });
    expect(await recorded()).toBe(before);
  });

  it('answers every problem of every row by row and column, and records nothing', async () => {
    const before = await recorded();
    const file = csv(
      `9,3.1,Unknown objective,,${s.ms},,2016-01-01,2016-12-31,,,,,`,
      `2,3.2,Unknown agency and a bad date,,NOPE,${s.iom}; ALSO-NOPE,2016-13-01,2016-12-31,,,,,`,
      `2,3.3,Ends before it starts,,${s.ms},,2016-06-01,2016-01-01,,10.77.1,24,12x,euro`,
      `2,3.3,Same code twice,,${s.ms},,2016-01-01,2016-12-31,,,,,`,
      `2,3.4,,,${s.ms},,2016-01-01,2016-12-31,,,,,`,
      `2,3.5,Outside the plan's period,,${s.ms},,2014-01-01,2016-12-31,,,,,`,
      `2,3.6,A good row,,${s.ms},,2016-01-01,2016-12-31,Khatlon,,,,`,
    );
    const response = await send(file);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toBe('6 of 7 rows cannot be imported; nothing was recorded');
    const fields = (response.body.fields as Field[]).map((f) => f.field);
    expect(fields).toEqual([
      'rows[2].objective',
      'rows[3].lead_agency',
      'rows[3].partner_agencies',
      'rows[3].planned_start',
      'rows[4].planned_end',
      'rows[4].sdg_targets',
      'rows[4].gcm_objectives',
      'rows[4].budget',
      'rows[4].currency',
      'rows[5].code',
      'rows[6].title_en',
      'rows[7].planned_start',
    ]);
    const messagesOf = (field: string) => (response.body.fields as Field[]).find((f) => f.field === field)!.messages.join(' | ');
    expect(messagesOf('rows[2].objective')).toBe('the plan has no objective 9 (its objectives: 2, 2.1)');
    expect(messagesOf('rows[3].lead_agency')).toContain('no organisation NOPE is registered');
    expect(messagesOf('rows[3].partner_agencies')).toContain('no organisation ALSO-NOPE is registered');
    expect(messagesOf('rows[4].planned_end')).toContain('Planned start');
    expect(messagesOf('rows[5].code')).toBe('row 4 has the code 3.3 already');
    expect(messagesOf('rows[7].planned_start')).toMatch(/period/);
    expect(await recorded()).toBe(before);
  });

  it('imports under the plan as its If-Match names it: a plan changed since is a 412 and nothing is recorded', async () => {
    const own = (await write(app, '/plans', aPlan())).id;
    await projected(app, (await write(app, `/plans/${own}/objectives`, anObjective({ code: '2' }))).position);
    const file = csv(`2,7.1,Consular outreach,,${s.ms},,2016-01-01,2016-12-31,,,,,`);
    const plan = await app.http.get(`/plans/${own}`);
    const before = await recorded();
    const stale = await app.http.post(`/plans/${own}/activities/import`).set('Content-Type', 'text/csv').set('If-Match', `"${plan.body.revision - 1}"`).send(file);
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
    expect(await recorded()).toBe(before);
    const current = await app.http.post(`/plans/${own}/activities/import`).set('Content-Type', 'text/csv').set('If-Match', plan.headers.etag).send(file);
    expect(current.status).toBe(201);
    expect(current.body).toMatchObject({ count: 1, activities: [{ row: 2, code: '7.1' }] });
  });

  it('records the rows as POST /activities would, and a retry with the same key records nothing more', async () => {
    const file = csv(
      `2,4.1,Pre-departure orientation,Ориентация перед выездом,${s.ms},${s.iom},2016-01-01,2017-06-30,Khatlon/Kulob; Sughd (TJ),10.7; 17.3,19,"120 000.50",usd`,
      `2.1,4.2,Remittance survey,,${s.iom},,2016-02-01,2016-11-30,,,,,`,
    );
    const key = `import-${Date.now()}`;
    const first = await send(file, { key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      dryRun: false,
      count: 2,
      activities: [
        { row: 2, code: '4.1' },
        { row: 3, code: '4.2' },
      ],
    });
    const [one, two] = first.body.activities as { id: string }[];
    const read = await app.http.get(`/activities/${one.id}`).query({ minPosition: first.body.position });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      planId: s.plan,
      objectiveId: s.obj2,
      code: '4.1',
      titles: { en: 'Pre-departure orientation', ru: 'Ориентация перед выездом' },
      leadAgencyId: s.msId,
      partnerAgencyIds: [s.iomId],
      plannedStart: '2016-01-01',
      plannedEnd: '2017-06-30',
      tags: { sdg: ['10.7', '17.3'], gcm: ['19'] },
      budget: { amount: '120000.50', currency: 'USD' },
    });
    expect(read.body.locations).toEqual([
      expect.objectContaining({ province: 'Khatlon', district: 'Kulob' }),
      expect.objectContaining({ country: 'TJ', province: 'Sughd' }),
    ]);
    expect((await app.http.get(`/activities/${two.id}`)).body).toMatchObject({ objectiveId: s.obj21, leadAgencyId: s.iomId, status: 'planned' });

    const before = await recorded();
    const again = await send(file, { key });
    expect(again.status).toBe(201);
    expect(again.body.activities.map((a: { id: string }) => a.id)).toEqual([one.id, two.id]);
    expect(await recorded()).toBe(before);
    // Without the key it is a second import of the same codes.
    const twice = await send(file);
    expect(twice.status).toBe(400);
    expect((twice.body.fields as Field[]).map((f) => [f.field, f.messages[0]])).toEqual([
      ['rows[2].code', 'the plan already has an activity 4.1'],
      ['rows[3].code', 'the plan already has an activity 4.2'],
    ]);
    expect(await recorded()).toBe(before);
  });

  it('fills its own template: an .xlsx with the columns, the plan’s objectives and the organisations', async () => {
    const response = await app.http.get(`/plans/${s.plan}/activities/import-template`).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Activities', 'Objectives', 'Organisations']);
    const activities = workbook.getWorksheet('Activities')!;
    expect((activities.getRow(1).values as string[]).slice(1)).toContain('Planned end');
    expect(workbook.getWorksheet('Objectives')!.getColumn(1).values.slice(2)).toEqual(['2', '2.1']);
    expect(workbook.getWorksheet('Organisations')!.getColumn(1).values).toEqual(expect.arrayContaining([s.ms, s.iom]));

    // Filled as a person fills it in Excel: dates as dates, amounts as numbers.
    const headers = (activities.getRow(1).values as string[]).slice(1);
    const row = {
      Objective: '2',
      Code: '5.1',
      'Title (en)': 'Roundtable on diaspora bonds',
      'Lead agency': s.ms,
      'Planned start': new Date(Date.UTC(2016, 4, 1)),
      'Planned end': new Date(Date.UTC(2016, 9, 31)),
      Budget: 5000,
      Currency: 'EUR',
    };
    activities.addRow(headers.map((h) => (row as Record<string, unknown>)[h] ?? null));
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await send(filled, { type: XLSX });
    expect(imported.status).toBe(201);
    const read = await app.http.get(`/activities/${imported.body.activities[0].id}`).query({ minPosition: imported.body.position });
    expect(read.body).toMatchObject({ code: '5.1', plannedStart: '2016-05-01', plannedEnd: '2016-10-31', budget: { amount: '5000.00', currency: 'EUR' } });
  });

  it('takes the plan’s own spreadsheet export back, passing over what became of each activity', async () => {
    const other = (await write(app, '/plans', aPlan())).id;
    await write(app, `/plans/${other}/objectives`, anObjective({ code: '2' }));
    const last = await write(app, `/plans/${other}/objectives`, anObjective({ code: '2.1' }));
    await projected(app, last.position);
    const exported = await app.http.get(`/plans/${s.plan}/export.xlsx`).buffer(true).parse(binary);
    expect(exported.status).toBe(200);
    const response = await app.http
      .post(`/plans/${other}/activities/import`)
      .set('Content-Type', XLSX)
      .send(exported.body as Buffer);
    expect(response.status).toBe(201);
    expect((response.body.activities as { code: string }[]).map((a) => a.code).sort()).toEqual(['4.1', '4.2', '5.1']);
  });

  it('refuses a file it cannot read, and a body that is not a file, with what to do', async () => {
    const before = await recorded();
    const fileMessage = async (body: string) => {
      const response = await send(body);
      expect(response.status).toBe(400);
      expect(response.body.fields[0].field).toBe('file');
      return response.body.fields[0].messages[0] as string;
    };
    expect(await fileMessage(HEADER)).toBe('the file has no activity rows under its header');
    expect(await fileMessage(`${HEADER},Colour\n2,6.1,A,,${s.ms},,2016-01-01,2016-12-31,,,,,,red`)).toMatch(
      /^unknown column Colour; the columns are Objective, Code/,
    );
    expect(await fileMessage(`Code,Title (en)\n6.1,A`)).toMatch(/^the file has no column Objective, Lead agency, Planned start, Planned end/);
    const notAWorkbook = await send('not a workbook', { type: XLSX });
    expect(notAWorkbook.status).toBe(400);
    expect(notAWorkbook.body.fields[0].messages[0]).toMatch(/not an Excel workbook/);
    const json = await app.http.post(`/plans/${s.plan}/activities/import`).send({ rows: [] });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(
      (
        await app.http
          .post(`/plans/00000000-0000-4000-8000-000000000000/activities/import`)
          .set('Content-Type', 'text/csv')
          .send(csv(`2,7.1,A,,${s.ms},,2016-01-01,2016-12-31,,,,,`))
      ).status,
    ).toBe(404);
    expect(await recorded()).toBe(before);
  });

  it('costs what a file holds, not what it claims: a cell at the sheet’s far corner, a workbook that unpacks to gigabytes', async () => {
    const before = await recorded();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Activities');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['2', '9.1', 'A', '', s.ms, '', '2016-01-01', '2016-12-31']);
    // The last cell a sheet can have: read as a sheet of 1,048,576 rows by 16,384 columns, it would never answer.
    sheet.getCell('XFD1048576').value = 'x';
    const corner = await send(Buffer.from(await workbook.xlsx.writeBuffer()), { type: XLSX, dryRun: true });
    expect(corner.status).toBe(200);
    expect(corner.body.activities).toEqual([{ row: 2, code: '9.1', title: 'A' }]);

    // 64 MB of zeros packed into a few kilobytes, under the name of a worksheet.
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const refused = await send(bomb, { type: XLSX });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ field: 'file', messages: ['the workbook unpacks to more than 32 MB; a sheet of activities is far smaller'] }]);

    // Rows are numbered as a spreadsheet program numbers them, empty lines counted.
    const spaced = await send([HEADER, `2,9.2,A,,${s.ms},,2016-01-01,2016-12-31,,,,,`, '', `2,9.3,B,,NOPE,,2016-01-01,2016-12-31,,,,,`].join('\n'));
    expect(spaced.status).toBe(400);
    expect((spaced.body.fields as Field[]).map((f) => f.field)).toEqual(['rows[4].lead_agency']);
    expect(await recorded()).toBe(before);
  });

  it('counts a workbook’s rows before reading it: a sheet of 37,500 rows is refused, rows of formatting and other sheets are not counted', async () => {
    const before = await recorded();
    // 30 MB of sheet XML in 1.8 MB, just under the unpacked limit: refused from the rows its XML holds, not read cell by cell.
    const many = await send(await manyRowsWorkbook(37_500), { type: XLSX });
    expect(many.status).toBe(400);
    expect(many.body.fields).toEqual([{ field: 'file', messages: ['the file has 37500 activity rows; one import takes at most 1000'] }]);

    // Borders drawn down to row 3,000 on the first sheet, and a second sheet of 2,000 rows: one activity.
    const workbook = new ExcelJS.Workbook();
    const activities = workbook.addWorksheet('Activities');
    activities.addRow(HEADER.split(','));
    activities.addRow(['2', '9.5', 'A', '', s.ms, '', '2016-01-01', '2016-12-31']);
    for (let row = 3; row <= 3_000; row++) activities.getCell(`A${row}`).border = { bottom: { style: 'thin' } };
    const notes = workbook.addWorksheet('Notes');
    for (let row = 1; row <= 2_000; row++) notes.addRow([`note ${row}`]);
    const formatted = await send(Buffer.from(await workbook.xlsx.writeBuffer()), { type: XLSX, dryRun: true });
    expect(formatted.status).toBe(200);
    expect(formatted.body.activities).toEqual([{ row: 2, code: '9.5', title: 'A' }]);
    expect(await recorded()).toBe(before);
  });

  it('reads a CSV in the charset its Content-Type names, and refuses bytes that are not UTF-8 when it names none', async () => {
    // Excel's "CSV" on Russian or Tajik Windows: Windows-1251, one byte a Cyrillic letter.
    const file = windows1251(csv(`2,10.1,Seasonal work fair,Ярмарка сезонных работ для мигрантов,${s.ms},,2016-01-01,2016-12-31,,,,,`));
    const before = await recorded();
    const unnamed = await send(file);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.fields).toEqual([{ field: 'file', messages: [expect.stringContaining('save it as "CSV UTF-8')] }]);
    expect(unnamed.body.fields[0].messages[0]).toContain('charset=windows-1251');
    const unknown = await send(file, { type: 'text/csv; charset=klingon' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual([{ field: 'file', messages: [expect.stringContaining('the charset klingon is not one this import can read')] }]);
    expect(await recorded()).toBe(before);

    const named = await send(file, { type: 'text/csv; charset=windows-1251' });
    expect(named.status).toBe(201);
    const read = await app.http.get(`/activities/${named.body.activities[0].id}`).query({ minPosition: named.body.position });
    expect(read.body.titles).toEqual({ en: 'Seasonal work fair', ru: 'Ярмарка сезонных работ для мигрантов' });

    // "CSV UTF-8": its BOM is no part of the first header.
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(`2,10.2,Ярмарка,,${s.ms},,2016-01-01,2016-12-31,,,,,`))]);
    const utf8 = await send(bom, { type: 'text/csv; charset=UTF-8', dryRun: true });
    expect(utf8.status).toBe(200);
    expect(utf8.body.activities).toEqual([{ row: 2, code: '10.2', title: 'Ярмарка' }]);
  });

  it('is for the secretariat: an agency or a donor is refused and nothing is recorded', async () => {
    const before = await recorded();
    for (const role of ['agency', 'donor', 'commission'] as const) {
      const { token } = await app.token(role, role === 'commission' ? null : role === 'agency' ? s.msId : s.iomId);
      const response = await app
        .as(token)
        .post(`/plans/${s.plan}/activities/import`)
        .set('Content-Type', 'text/csv')
        .send(csv(`2,8.1,A,,${s.ms},,2016-01-01,2016-12-31,,,,,`));
      expect(response.status).toBe(403);
    }
    expect(await recorded()).toBe(before);
  });
});
