/** The parts exceljs parses as worksheets: its own pattern, unanchored as it is. */
export const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/**
 * The part holding the workbook's first sheet, as exceljs finds it: the first `<sheet>` of xl/workbook.xml
 * whose relationship leads to a worksheet part of the archive (a chart sheet is passed over). Undefined
 * when none does: exceljs then finds no worksheet either.
 */
export function firstWorksheet(workbook: string, relationships: string, parts: ReadonlySet<string>): string | undefined {
  const targets = new Map([...relationships.matchAll(/<Relationship\s[^>]*>/g)].map(([tag]) => [attribute(tag, 'Id'), attribute(tag, 'Target')] as const));
  for (const [tag] of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const target = targets.get(attribute(tag, 'r:id'));
    // Where exceljs looks for it: a target is relative to xl/, or absolute from the archive's root.
    const part = target === undefined ? undefined : `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (part && WORKSHEET_PART.test(part) && parts.has(part)) return part;
  }
  return undefined;
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return value ? (value[1] ?? value[2]).replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ENTITIES[e]) : undefined;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
