import { isUUID } from 'class-validator';
import { normalizeCode } from '#domain';
import type { ImportReferences } from '#read-models';
import type { SheetRow } from './activity-sheet.js';
import type { ImportColumn } from './activity-import.columns.js';

export interface RowProblem {
  column: ImportColumn;
  message: string;
}

/** A list in one cell: "MS; IOM", "10.7, 17.3". */
const listIn = (cell: string) =>
  cell
    .split(/[;,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The body of POST /activities that a row asks for, its cells turned into the API's values: objectives
 * by code, agencies by acronym, places as the export writes them. What cannot be turned into a value is
 * a problem of its column; everything else is left for the API's own validation to judge.
 */
export function bodyOfRow(
  row: SheetRow,
  columns: Map<string, ImportColumn>,
  references: ImportReferences,
): { body: Record<string, unknown>; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (key: string) => (columns.has(key) ? (row.cells.get(columns.get(key)!.header) ?? '') : '');
  const problem = (key: string, message: string) => problems.push({ column: columns.get(key)!, message });
  const agency = (key: string, name: string) => {
    const found = findAgency(name, references.organizations);
    if (typeof found === 'string') return found;
    problem(key, found.problem);
    return undefined;
  };

  const body: Record<string, unknown> = { planId: references.plan.id, code: cell('code') };
  const objective = cell('objective');
  const objectives = references.plan.objectives;
  const found = objectives.find((o) => o.objectiveId === objective || normalizeCode(o.code) === normalizeCode(objective));
  if (found) body.objectiveId = found.objectiveId;
  else if (objective)
    problem('objective', `the plan has no objective ${objective} (its objectives: ${objectives.map((o) => o.code).join(', ') || 'none yet'})`);
  else problem('objective', "the objective's code is required");

  const titles = Object.fromEntries((['en', 'ru', 'tg'] as const).map((language) => [language, cell(`title_${language}`)]).filter(([, title]) => title));
  body.titles = titles;
  if (cell('description')) body.description = cell('description');
  if (cell('sector')) body.sectorCode = cell('sector');

  const lead = cell('lead_agency');
  if (lead) body.leadAgencyId = agency('lead_agency', lead);
  else problem('lead_agency', 'the lead agency is required');
  body.partnerAgencyIds = listIn(cell('partner_agencies')).map((name) => agency('partner_agencies', name));

  for (const [key, field] of [
    ['planned_start', 'plannedStart'],
    ['planned_end', 'plannedEnd'],
  ] as const) {
    const date = isoDate(cell(key));
    if (date) body[field] = date;
    else problem(key, cell(key) ? `${cell(key)} is not a date: write it as 2016-01-31 (or 31.01.2016)` : 'the date is required');
  }
  body.locations = listIn(cell('locations').replaceAll(',', ';')).map(placeOf);
  body.tags = { sdg: listIn(cell('sdg_targets')), gcm: listIn(cell('gcm_objectives')) };
  const [amount, currency] = [cell('budget').replace(/[\s\u00a0\u202f]/g, ''), cell('currency').toUpperCase()];
  if (amount || currency) body.budget = { amount, currency };
  return { body, problems };
}

/** An agency's id by its acronym (ignoring case and spacing), "MS (TJ)" where countries share one, or its id. */
function findAgency(name: string, organizations: ImportReferences['organizations']): string | { problem: string } {
  if (isUUID(name) && organizations.some((o) => o.id === name)) return name;
  const [, acronym, country] = /^(.*?)\s*(?:\((\w{2})\))?$/.exec(name)!;
  const matching = organizations.filter((o) => normalizeCode(o.acronym) === normalizeCode(acronym) && (!country || o.country === country.toUpperCase()));
  if (matching.length === 1) return matching[0].id;
  if (matching.length === 0) return { problem: `no organisation ${name} is registered: register it first, or use the acronym it is registered under` };
  return {
    problem: `${name} is the acronym of organisations in ${matching.map((o) => o.country).join(' and ')}: write it as ${acronym} (${matching[0].country})`,
  };
}

/** "Khatlon/Kulob (TJ)" as the export writes a place; "Khatlon / Kulob" too. */
function placeOf(text: string): Record<string, string> {
  const [, area, country] = /^(.*?)\s*(?:\((\w{2})\))?$/.exec(text)!;
  const [province, district] = area.split('/').map((part) => part.trim());
  return { ...(country ? { country: country.toUpperCase() } : {}), province, ...(district ? { district } : {}) };
}

/** 2016-01-31, as a spreadsheet's date cell is read; 31.01.2016, as Russian and Tajik settings write it. */
function isoDate(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return dotted ? `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}` : undefined;
}
