import type { EntityManager } from 'typeorm';
import { parseStreamName, type ActivityProgressReported } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projector/projection.js';

/** Every reported indicator value with its period: the series charts plot. */
export const indicatorSeriesProjection: Projection = {
  name: 'indicator_series',
  tables: ['indicator_values'],
  async apply(tx: EntityManager, events: RecordedEvent[]) {
    const rows = events
      .filter((e) => e.type === 'ActivityProgressReported' && parseStreamName(e.stream)?.aggregate === 'activity')
      .flatMap((e) => {
        const data = (e as unknown as ActivityProgressReported).data;
        return data.indicatorValues.map((v, index) => ({
          event_id: e.id,
          item: index,
          activity_id: parseStreamName(e.stream)!.id,
          indicator_id: v.indicatorId,
          period_start: data.periodStart,
          period_end: data.periodEnd,
          value: v.value,
          recorded_at: (e.metadata as { recordedAt?: string }).recordedAt ?? null,
        }));
      });
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO indicator_values (event_id, item, activity_id, indicator_id, period_start, period_end, value, recorded_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, item int, activity_id uuid, indicator_id uuid,
         period_start date, period_end date, value numeric, recorded_at timestamptz)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  },
};
