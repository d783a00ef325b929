import type { ImportReferences } from '#read-models';
import { IMPORT_COLUMNS } from './activity-import.columns.js';

/**
 * The workbook a secretariat fills to import a plan's activities: the Activities sheet with the import's
 * columns (each header's note says what goes under it; required ones bold), then the plan's objectives
 * and the registered organisations, to copy codes and acronyms from. The import reads the first sheet only.
 */
export async function importTemplate({ plan, organizations }: Pick<ImportReferences, 'plan' | 'organizations'>): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const activities = workbook.addWorksheet('Activities', { views: [{ state: 'frozen', ySplit: 1 }] });
  activities.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length + 4) }));
  IMPORT_COLUMNS.forEach((column, index) => {
    const cell = activities.getRow(1).getCell(index + 1);
    cell.note = `${column.required ? 'Required. ' : ''}${column.note}`;
    cell.font = { bold: column.required === true };
    // Text, so that Excel keeps codes such as 2.10 and dates as typed.
    if (['objective', 'code', 'sdg_targets', 'gcm_objectives', 'sector'].includes(column.key)) activities.getColumn(index + 1).numFmt = '@';
  });

  const objectives = workbook.addWorksheet('Objectives');
  objectives.columns = [
    { header: 'Objective', key: 'code', width: 12 },
    { header: 'Title', key: 'title', width: 80 },
  ];
  objectives.addRows(plan.objectives.map((o) => ({ code: o.code, title: o.title })));

  const agencies = workbook.addWorksheet('Organisations');
  agencies.columns = [
    { header: 'Acronym', key: 'acronym', width: 14 },
    { header: 'Name', key: 'name', width: 60 },
    { header: 'Country', key: 'country', width: 9 },
  ];
  agencies.addRows([...organizations].sort((a, b) => a.acronym.localeCompare(b.acronym)).map(({ acronym, name, country }) => ({ acronym, name, country })));
  for (const sheet of [objectives, agencies]) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
