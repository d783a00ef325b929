import type { AuditDigest } from '#application';
import type { SessionPack } from '#read-models';
import type { PackLabels } from './pack-labels.js';

/** One section of the pack: a heading, then paragraphs or a table; the same for HTML and PDF. */
export type PackBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

/** The pack as a document: title and blocks, in the chosen language, ready for either renderer. */
export function packDocument(pack: SessionPack, digest: AuditDigest, l: PackLabels): { title: string; blocks: PackBlock[] } {
  const orNone = (blocks: PackBlock[], empty: boolean): PackBlock[] => (empty ? [{ kind: 'paragraph', text: l.none }] : blocks);
  const since = pack.previousSession ? `${l.previous}: ${pack.previousSession.number} (${pack.previousSession.date})` : l.previous;
  return {
    title: l.title(pack.session.number),
    blocks: [
      { kind: 'paragraph', text: `${l.date}: ${pack.session.date}. ${l.asOf} ${pack.asOf}. ${since}.` },
      { kind: 'heading', text: l.agenda },
      ...orNone([{ kind: 'list', items: pack.session.agenda }], pack.session.agenda.length === 0),
      { kind: 'heading', text: l.recommendations },
      ...orNone(
        [{
          kind: 'table',
          columns: [l.recommendations, l.source, l.proposer, l.targets],
          rows: pack.recommendations.map((r) => [r.text, `${r.source.title} (${r.source.heldOn})`, r.proposer, r.targetAgencies.join(', ')]),
        }],
        pack.recommendations.length === 0,
      ),
      { kind: 'heading', text: l.decisions },
      ...orNone(
        [{
          kind: 'table',
          columns: [l.decisions, l.due, l.responsible, l.followUps],
          rows: pack.decisions.map((d) => [`${d.number} ${d.title}`, d.overdue ? `${d.dueDate} (${l.overdue})` : d.dueDate, d.responsible.join(', '), d.followUps.map((f) => `${f.on}: ${f.note}`).join('; ')]),
        }],
        pack.decisions.length === 0,
      ),
      { kind: 'heading', text: l.progress },
      ...orNone(
        [{
          kind: 'table',
          columns: [l.plan, l.objective, l.started, l.completed, l.delayed, l.cancelled],
          rows: pack.progress.map((p) => [p.plan, `${p.objectiveCode} ${p.objective}`, String(p.started), String(p.completed), String(p.delayed), String(p.cancelled)]),
        }],
        pack.progress.length === 0,
      ),
      { kind: 'heading', text: l.funding },
      ...orNone([{ kind: 'table', columns: [l.currency, l.committed, l.disbursed], rows: pack.funding.map((f) => [f.currency, f.committed, f.disbursed]) }], pack.funding.length === 0),
      { kind: 'heading', text: l.audit },
      { kind: 'paragraph', text: l.auditLine(digest.digest, digest.events, digest.streams, digest.position ?? '–') },
    ],
  };
}
