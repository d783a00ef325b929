import { InMemoryEventStore, type RecordedEvent } from '#event-store';
import { copyEvents, CopyConflictError, runsOf } from './copy-events.js';

const event = (stream: string, revision: number, data: unknown = {}): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(revision).padStart(4, '0')}${stream.padStart(8, '0')}`,
  stream,
  revision,
  position: '0',
  type: 'Happened',
  data,
  metadata: { n: revision },
});

describe('runsOf: which events go in one append', () => {
  it('groups adjacent events of one stream with consecutive revisions, and nothing else', () => {
    const page = [event('plan-a', 0), event('plan-a', 1), event('plan-b', 0), event('plan-a', 2), event('plan-a', 3), event('plan-a', 5)];
    expect(runsOf(page).map((run) => run.map((e) => `${e.stream}@${e.revision}`))).toEqual([
      ['plan-a@0', 'plan-a@1'],
      ['plan-b@0'],
      ['plan-a@2', 'plan-a@3'],
      ['plan-a@5'],
    ]);
  });

  it('splits a run that would exceed the append size bound', () => {
    const big = 'x'.repeat(400);
    const page = [0, 1, 2, 3, 4].map((r) => event('plan-a', r, { big }));
    expect(runsOf(page, 1_000).map((run) => run.length)).toEqual([2, 2, 1]);
  });

  it('counts the size in UTF-8 bytes, as the server does, not in characters', () => {
    // Tajik and Russian letters take two bytes each in UTF-8.
    const report = 'Ҳисоботи ҷорӣ: отчёт '.repeat(15).slice(0, 300);
    const page = [0, 1, 2].map((r) => event('plan-a', r, { report }));
    // 313 characters of JSON data but 557 bytes; with the metadata and the type (counted twice, as UTF-16) 580 bytes an event.
    expect(runsOf(page, 1_000).map((run) => run.length)).toEqual([1, 1, 1]);
    expect(runsOf(page, 1_300).map((run) => run.length)).toEqual([2, 1]);
  });
});

describe('copyEvents between two stores of the port', () => {
  const seeded = async () => {
    const source = new InMemoryEventStore();
    for (const [stream, count] of [['plan-a', 3], ['plan-b', 2], ['plan-a', 2], ['activity-c', 1]] as const) {
      const head = (await source.readStream(stream)).length;
      await source.append(stream, Array.from({ length: count }, (_, i) => ({ ...event(stream, head + i), id: crypto.randomUUID() })), head === 0 ? 'no_stream' : head - 1);
    }
    return source;
  };
  const withoutPositions = (events: RecordedEvent[]) => events.map(({ position: _p, ...rest }) => rest);

  it('copies in order, then a re-run skips everything; a copy in chunks ends the same', async () => {
    const source = await seeded();
    const all = await source.readAll(null, 100);
    const target = new InMemoryEventStore();
    expect(await copyEvents(source, target)).toMatchObject({ events: 8, copied: 8, skipped: 0, streams: 3, appends: 4 });
    expect(withoutPositions(await target.readAll(null, 100))).toEqual(withoutPositions(all));
    expect(await copyEvents(source, target)).toMatchObject({ copied: 0, skipped: 8 });

    const chunked = new InMemoryEventStore();
    // Each chunk re-reads from the start with other page cuts, so runs the target holds in part are completed.
    let resumedRuns = 0;
    for (const max of [2, 4, 7]) resumedRuns += (await copyEvents(source, chunked, { maxEvents: max, pageSize: 3 })).resumedRuns;
    expect(resumedRuns).toBeGreaterThan(0);
    expect(await copyEvents(source, chunked)).toMatchObject({ copied: 1, skipped: 7 });
    expect(withoutPositions(await chunked.readAll(null, 100))).toEqual(withoutPositions(all));
  });

  it('refuses a target whose stream lacks the revisions before the next event', async () => {
    const source = await seeded();
    const gap = new InMemoryEventStore();
    const [, second] = await source.readStream('plan-a');
    await expect(copyEvents({ readAll: async (after) => (after === null ? [second] : []) }, gap)).rejects.toThrow(CopyConflictError);
    await expect(copyEvents({ readAll: async (after) => (after === null ? [second] : []) }, gap)).rejects.toThrow(/lacks revision 0/);
  });
});
