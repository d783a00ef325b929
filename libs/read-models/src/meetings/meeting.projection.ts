import type { EntityManager } from 'typeorm';
import { parseStreamName, type MeetingEvent, type RecommendationSubmitted } from '#domain';
import type { RecordedEvent } from '#event-store';
import { inBatches, recordsetColumns, type BulkColumn } from '../projector/bulk.js';
import type { Projection } from '../projector/projection.js';
import { evolveMeetingView, meetingKnownFrom, meetingSearchText, type MeetingView } from './meeting-view.js';

/** A meeting's row, its columns in `recordOf`'s names: written by the upsert, or copied by a rebuild. */
const COLUMNS: BulkColumn[] = [
  { name: 'id', type: 'uuid' }, { name: 'kind', type: 'text' }, { name: 'held_on', type: 'date' }, { name: 'plan_id', type: 'uuid' },
  { name: 'organizer_ids', type: 'uuid[]' }, { name: 'recorded', type: 'boolean' }, { name: 'search', type: 'text' }, { name: 'view', type: 'jsonb' },
];

const UPSERT = (() => {
  const { record, select } = recordsetColumns(COLUMNS);
  const names = COLUMNS.map((c) => c.name);
  return `INSERT INTO meeting_view (${names.join(', ')}) SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS r(${record})
    ON CONFLICT (id) DO UPDATE SET ${names.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
})();

const recordOf = (v: MeetingView) => ({ id: v.id, kind: v.kind, held_on: v.heldOn, plan_id: v.planId, organizer_ids: v.organizerIds, recorded: v.recorded, search: meetingSearchText(v), view: v });

/** The rows of the meetings folded (a meeting known of and then nothing more has none). */
const recordsOf = (views: Map<string, MeetingView | null>) => [...views.values()].filter((v): v is MeetingView => v !== null).map(recordOf);

/** The meeting an event changes: its own stream's, or the one an old recommendation typed inline. */
function meetingOf(event: RecordedEvent): string | undefined {
  const parsed = parseStreamName(event.stream);
  if (parsed?.aggregate === 'meeting') return parsed.id;
  if (event.type === 'RecommendationSubmitted' && (event as unknown as RecommendationSubmitted).data.source) return (event as unknown as RecommendationSubmitted).data.meetingId;
  return undefined;
}

function evolve(view: MeetingView | null, event: RecordedEvent): MeetingView | null {
  if (event.type === 'RecommendationSubmitted') return meetingKnownFrom(view, event as unknown as RecommendationSubmitted);
  // A record replaces a meeting known only from old recommendations.
  const base = event.type === 'MeetingRecorded' ? null : view;
  return evolveMeetingView(base, event as unknown as MeetingEvent, event.revision);
}

/**
 * One row per meeting: the recorded meetings, folded from their streams, and the meetings old
 * recommendations typed inline (from their upcast RecommendationSubmitted), until a record replaces them.
 */
export const meetingProjection: Projection = {
  name: 'meetings',
  tables: ['meeting_view'],
  async apply(tx: EntityManager, events: RecordedEvent[]) {
    const ours = events.filter((e) => meetingOf(e) !== undefined);
    if (ours.length === 0) return;
    const ids = [...new Set(ours.map((e) => meetingOf(e)!))];
    const rows: { id: string; view: MeetingView }[] = await tx.query('SELECT id, view FROM meeting_view WHERE id = ANY($1::uuid[])', [ids]);
    const views = new Map<string, MeetingView | null>(rows.map((r) => [r.id, r.view]));
    for (const event of ours) views.set(meetingOf(event)!, evolve(views.get(meetingOf(event)!) ?? null, event));
    const records = recordsOf(views);
    if (records.length > 0) await tx.query(UPSERT, [JSON.stringify(records)]);
  },
  // In memory, as `apply` folds a batch, over the whole log; each meeting written once.
  bulk() {
    const views = new Map<string, MeetingView | null>();
    return {
      add(events) {
        for (const event of events) {
          const id = meetingOf(event);
          if (id !== undefined) views.set(id, evolve(views.get(id) ?? null, event));
        }
        return [];
      },
      finish() {
        return inBatches('meeting_view', COLUMNS, recordsOf(views).map((r) => COLUMNS.map((c) => r[c.name as keyof typeof r])));
      },
    };
  },
  async refold(tx: EntityManager, history: RecordedEvent[]) {
    const ours = history.filter((e) => meetingOf(e) !== undefined);
    if (ours.length === 0) return;
    if (parseStreamName(ours[0].stream)?.aggregate !== 'meeting') return this.apply(tx, ours);
    const view = ours.reduce<MeetingView | null>(evolve, null);
    if (view) await tx.query(UPSERT, [JSON.stringify([recordOf(view)])]);
  },
};
