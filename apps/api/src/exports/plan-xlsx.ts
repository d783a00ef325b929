import type ExcelJS from 'exceljs';
import type { PlanExport } from '#read-models';
import { labelsOf } from './export-labels.js';

type Column = { header: string; key: string; width: number; style?: Partial<ExcelJS.Style> };

const DATE = { numFmt: 'yyyy-mm-dd' };
const DATE_TIME = { numFmt: 'yyyy-mm-dd hh:mm:ss' };
const AMOUNT = { numFmt: '#,##0.00' };
/** A calendar date as the spreadsheet's date (midnight UTC, which is how exceljs writes it). */
const date = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * The plan as a workbook: Activities, Indicators (the tracking table, one column per reporting
 * period), Funding (per donor and currency, per activity) and, when the export holds it, the Audit
 * trail. Header rows bold and frozen; dates are dates and numbers numbers, so filters and sums work.
 * Text stays text: exceljs writes strings as strings, never as formulas.
 */
export async function planXlsx(data: PlanExport): Promise<Buffer> {
  const { plan, activities, organizations, audit } = data;
  const labels = labelsOf(data);
  // Loaded at the first export, not at start: the embedded default's memory is shared with its database.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.created = new Date(`${data.asOf}T00:00:00Z`);

  sheet(workbook, 'Activities', [
    { header: 'Plan', key: 'plan', width: 22 },
    { header: 'Objective', key: 'objective', width: 10 },
    { header: 'Code', key: 'code', width: 10 },
    { header: 'Title', key: 'title', width: 50 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Percent complete', key: 'percentComplete', width: 10 },
    { header: 'Overdue', key: 'overdue', width: 9 },
    { header: 'Lead agency', key: 'lead', width: 14 },
    { header: 'Partner agencies', key: 'partners', width: 24 },
    { header: 'Planned start', key: 'plannedStart', width: 12, style: DATE },
    { header: 'Planned end', key: 'plannedEnd', width: 12, style: DATE },
    { header: 'Started on', key: 'startedOn', width: 12, style: DATE },
    { header: 'Completed on', key: 'completedOn', width: 12, style: DATE },
    { header: 'Locations', key: 'locations', width: 30 },
    { header: 'Sector', key: 'sector', width: 8 },
    { header: 'Budget', key: 'budget', width: 14, style: AMOUNT },
    { header: 'Currency', key: 'currency', width: 9 },
  ]).addRows(
    activities.map((a) => ({
      plan: plan.code,
      objective: labels.objective(a.objectiveId),
      code: a.code,
      title: a.title,
      status: a.status,
      percentComplete: a.percentComplete,
      overdue: a.overdue,
      lead: labels.agency(a.leadAgencyId),
      partners: a.partnerAgencyIds.map(labels.agency).join('; '),
      plannedStart: date(a.plannedStart),
      plannedEnd: date(a.plannedEnd),
      startedOn: date(a.startedOn),
      completedOn: date(a.completedOn),
      locations: labels.locations(a),
      sector: a.sectorCode ?? plan.defaultSectorCode ?? null,
      budget: a.budget ? Number(a.budget.amount) : null,
      currency: a.budget?.currency ?? null,
    })),
  );

  const periods = [...new Set(activities.flatMap((a) => a.progressReports.map((r) => `${r.periodStart} – ${r.periodEnd}`)))].sort();
  sheet(workbook, 'Indicators', [
    { header: 'Activity', key: 'activity', width: 10 },
    { header: 'Indicator', key: 'indicator', width: 40 },
    { header: 'Unit', key: 'unit', width: 14 },
    { header: 'Baseline', key: 'baseline', width: 10 },
    { header: 'Target', key: 'target', width: 10 },
    ...periods.map((p) => ({ header: p, key: p, width: 24 })),
  ]).addRows(
    activities.flatMap((a) =>
      a.indicators.map((i) => ({
        activity: a.code,
        indicator: i.name,
        unit: i.unit,
        baseline: i.baseline,
        target: i.target,
        ...Object.fromEntries(
          a.progressReports.flatMap((r) => {
            const reported = r.indicatorValues.find((v) => v.indicatorId === i.indicatorId);
            return reported ? [[`${r.periodStart} – ${r.periodEnd}`, reported.value]] : [];
          }),
        ),
      })),
    ),
  );

  sheet(workbook, 'Funding', [
    { header: 'Activity', key: 'activity', width: 10 },
    { header: 'Donor', key: 'donor', width: 30 },
    { header: 'Currency', key: 'currency', width: 9 },
    { header: 'Committed', key: 'committed', width: 14, style: AMOUNT },
    { header: 'Disbursed', key: 'disbursed', width: 14, style: AMOUNT },
  ]).addRows(
    activities.flatMap((a) =>
      a.funding.map((f) => ({ activity: a.code, donor: organizations.get(f.donorId)?.name ?? f.donorId, currency: f.currency, committed: Number(f.committed), disbursed: Number(f.disbursed) })),
    ),
  );

  if (audit) {
    sheet(workbook, 'Audit', [
      { header: 'When', key: 'when', width: 20, style: DATE_TIME },
      { header: 'Who', key: 'who', width: 24 },
      { header: 'Role', key: 'role', width: 12 },
      { header: 'Type', key: 'type', width: 28 },
      { header: 'Record', key: 'record', width: 44 },
      { header: 'Reason', key: 'reason', width: 50 },
    ]).addRows(audit.map((e) => ({ when: e.recordedAt, who: e.actorName, role: e.role, type: e.type, record: e.stream, reason: e.reason })));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheet(workbook: ExcelJS.Workbook, name: string, columns: Column[]): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns;
  worksheet.getRow(1).font = { bold: true };
  return worksheet;
}
