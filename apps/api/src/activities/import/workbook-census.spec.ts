import { firstWorksheet } from './first-sheet.js';
import { rowCounter } from './sheet-rows.js';

const SHEET =
  '<worksheet><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
  '<row r="2" ht="20"/>' +
  '<row r="3"><c r="A3" s="1"/><c r="B3" s="2"></c></row>' +
  '<row r="4"><c r="A4"><f>SUM(B1:B3)</f></c></row>' +
  '<row r="5"><c r="A5" t="inlineStr"><is><t>Ярмарка</t></is></c><c r="B5"><v>1</v></c></row>' +
  '<x:row r="6"><x:c r="A6"><x:v>1</x:v></x:c></x:row>' +
  '</sheetData><rowBreaks count="1"><brk id="5"/></rowBreaks></worksheet>';

describe('rowCounter', () => {
  it('counts the rows holding a value, a formula or an inline string, as exceljs reads them; rows of formatting are none', () => {
    const counter = rowCounter();
    counter.add(Buffer.from(SHEET));
    expect(counter.rows).toBe(3);
  });

  it('counts the same wherever the chunks are cut', () => {
    const bytes = Buffer.from(SHEET);
    for (let cut = 1; cut < bytes.length; cut++) {
      const counter = rowCounter();
      counter.add(bytes.subarray(0, cut));
      counter.add(bytes.subarray(cut));
      expect([cut, counter.rows]).toEqual([cut, 3]);
    }
  });
});

describe('firstWorksheet', () => {
  const rels =
    '<Relationships><Relationship Id="rId1" Target="chartsheets/sheet1.xml"/><Relationship Target="/xl/worksheets/sheet3.xml" Id="rId2"/>' +
    "<Relationship Id='rId3' Target='worksheets/sheet2.xml'/></Relationships>";
  const parts = new Set(['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);

  it('is the first sheet of the workbook leading to a worksheet part, a chart sheet passed over, whatever the parts are numbered', () => {
    const workbook =
      '<workbook><sheets><sheet name="Chart" sheetId="1" r:id="rId1"/><sheet name="Activities" sheetId="3" r:id="rId2"/><sheet name="B" sheetId="2" r:id="rId3"/></sheets></workbook>';
    expect(firstWorksheet(workbook, rels, parts)).toBe('xl/worksheets/sheet3.xml');
  });

  it('is none when no sheet leads to a worksheet part of the archive', () => {
    expect(firstWorksheet('<workbook><sheets><sheet name="Chart" sheetId="1" r:id="rId1"/></sheets></workbook>', rels, parts)).toBeUndefined();
    expect(firstWorksheet('', '', parts)).toBeUndefined();
  });
});
