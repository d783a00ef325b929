import { DuplicateCodeError, parseStreamName, upcastRecorded, type CodeHolder, type CodeKind } from '#domain';
import type { EventStore } from '#event-store';
import { ACTIVITY, COMMISSION_SESSION, DECISION, ORGANIZATION, PLAN } from './aggregates.js';
import type { CodeRequest, CodeReservations } from './code-reservations.js';
import type { CommandEnvelope } from './command-envelope.js';
import { newIdFor } from './event-ids.js';

const PAGE = 1000;
const KINDS = { plan: PLAN, activity: ACTIVITY, organization: ORGANIZATION, commission_session: COMMISSION_SESSION, decision: DECISION } as const;

/** A record whose code another record reserved first: it keeps its code (reads are unchanged) until amended. */
export interface DuplicateCode {
  kind: CodeKind;
  id: string;
  code: string;
  holder: CodeHolder;
}

export interface ExistingCodesReport {
  /** Records that hold their code now (reserved by this run or before). */
  held: number;
  duplicates: DuplicateCode[];
}

/** The code a record holds, read from its folded state (so amendments that change it are followed). */
function codeOf(kind: CodeKind, state: Record<string, unknown>): CodeRequest | undefined {
  if (state.status === 'none') return undefined;
  if (kind === 'plan') return { kind, scope: '', code: String(state.code), field: 'code' };
  if (kind === 'activity') return { kind, scope: String(state.planId), code: String(state.code), field: 'code' };
  if (kind === 'commission_session' || kind === 'decision') return { kind, scope: '', code: String(state.number), field: 'number' };
  return { kind, scope: String(state.country), code: String(state.acronym), field: 'acronym' };
}

/**
 * Reserves the codes of records created before code reservations existed (`npm run cli -- codes
 * reserve-existing`). Records are taken in the order they were created, so of two that share a code the
 * earlier keeps it and the later is reported. Safe to re-run: a record that holds its code records nothing.
 */
export async function reserveExistingCodes(events: EventStore, reservations: CodeReservations, envelope: CommandEnvelope): Promise<ExistingCodesReport> {
  const states = new Map<string, { kind: CodeKind; id: string; state: Record<string, unknown> }>();
  for (let page = await events.readAll(null, PAGE); page.length > 0; page = await events.readAll(page[page.length - 1].position, PAGE)) {
    for (const recorded of page) {
      const parsed = parseStreamName(recorded.stream);
      if (!parsed || !(parsed.aggregate in KINDS)) continue;
      const kind = parsed.aggregate as CodeKind;
      const decider = KINDS[kind].decider as unknown as { initialState(): unknown; evolve(s: unknown, e: unknown): unknown };
      const entry = states.get(recorded.stream) ?? { kind, id: parsed.id, state: decider.initialState() as Record<string, unknown> };
      const { type, data } = upcastRecorded(recorded);
      entry.state = decider.evolve(entry.state, { type, data }) as Record<string, unknown>;
      states.set(recorded.stream, entry);
    }
  }
  const report: ExistingCodesReport = { held: 0, duplicates: [] };
  for (const { kind, id, state } of states.values()) {
    const claim = codeOf(kind, state);
    if (!claim) continue;
    try {
      // One command per record: under one command id a second record's reservation would pass for a retry.
      const commandId = newIdFor(envelope.commandId, `reserve-existing ${id}`);
      await reservations.reserve(claim, id, { ...envelope, commandId, causationId: commandId });
      report.held++;
    } catch (error) {
      if (!(error instanceof DuplicateCodeError)) throw error;
      report.duplicates.push({ kind, id, code: claim.code, holder: error.holder });
    }
  }
  return report;
}
