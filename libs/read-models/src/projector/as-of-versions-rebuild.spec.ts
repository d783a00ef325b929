import type { RecordedEvent } from '#event-store';
import { versionsOf } from './as-of-versions.js';
import { AsOfVersionsRebuild, type AsOfVersionsSpec } from './as-of-versions-table.js';
import type { BulkRows } from './bulk.js';

type View = { group: string; folded: number[] };

const evolve = (view: View | null, event: { data: { n: number; group: string } }): View => ({
  group: event.data.group,
  folded: [...(view?.folded ?? []), event.data.n],
});
const spec: AsOfVersionsSpec<View> = { table: 'x_as_of', view: (v) => v.folded, group: { column: 'group_id', type: 'text', value: (v) => v.group } };

const event = (id: string, revision: number, group: string, effectiveOn: string): RecordedEvent => ({
  id: `${id}-${revision}`,
  stream: `x-${id}`,
  revision,
  position: String(revision),
  type: 'Something',
  data: { n: revision, group, effectiveOn },
  metadata: { recordedAt: '2026-01-01T00:00:00.000Z' },
});

const day = (n: number) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Records of two groups, dated in order but for a few a little early (among the versions held whole) and a few far back. */
function histories(): Map<string, RecordedEvent[]> {
  const out = new Map<string, RecordedEvent[]>();
  for (let r = 0; r < 12; r++) {
    const id = `r${r}`;
    const group = r % 2 === 0 ? 'even' : 'odd';
    out.set(
      id,
      Array.from({ length: 30 }, (_, revision) => {
        const far = r % 4 === 1 && revision === 25;
        const early = r % 3 === 0 && revision % 7 === 6;
        return event(id, revision, group, day(far ? 3 : early ? revision * 10 - 25 : revision * 10));
      }),
    );
  }
  return out;
}

/** A scratch table as the bulk writer would leave it: rows appended, those a batch replaces deleted first. */
function written(batches: readonly BulkRows[], table: unknown[][]): unknown[][] {
  for (const batch of batches) {
    if (batch.replaces) table = table.filter((row) => !batch.replaces!.includes(row[0] as string));
    table.push(...batch.rows);
  }
  return table;
}

describe('versions by business date in a rebuild, written as they settle', () => {
  it('writes settled versions during the fold, each page’s ordered by group and date, and ends with every version the record’s whole stream gives', async () => {
    const all = histories();
    const fold = new AsOfVersionsRebuild<View, { data: { n: number; group: string } }>(spec, evolve, (id) => `x-${id}`);
    const reads = { readStream: async (stream: string) => all.get(stream.slice(2))! };
    let table: unknown[][] = [];
    const taken: BulkRows[] = [];
    // Records interleaved in the log, a page at a time.
    for (let revision = 0; revision < 30; revision++) {
      for (const [id, history] of all) fold.add(id, history[revision], () => null);
      if (revision % 3 === 2) taken.push(...fold.take());
    }
    table = written(taken, table);
    const rest = await fold.finish(reads);
    table = written(rest, table);

    expect(taken.length).toBeGreaterThan(3);
    for (const batch of taken) {
      const keys = batch.rows.map((row) => `${row[3]} ${row[1]}`);
      expect(keys).toEqual([...keys].sort());
    }
    // The records dated far back were folded again, replacing the rows they had written.
    const replaced = rest.flatMap((b) => b.replaces ?? []);
    expect(replaced.sort()).toEqual(['r1', 'r5', 'r9']);

    for (const [id, history] of all) {
      const expected = versionsOf(history, evolve).map((v, i, versions) => [id, v.from, versions[i + 1]?.from ?? 'infinity', v.view!.group, v.view!.folded]);
      const rows = table.filter((row) => row[0] === id).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
      expect({ id, rows }).toEqual({ id, rows: expected });
    }
  });

  it('holds a record’s latest versions whole: the ninth settles the first', () => {
    const fold = new AsOfVersionsRebuild<View, { data: { n: number; group: string } }>(spec, evolve, (id) => `x-${id}`);
    const history = Array.from({ length: 11 }, (_, revision) => event('a', revision, 'g', day(revision)));
    const taken = history.map((e) => (fold.add('a', e, () => null), fold.take().flatMap((b) => b.rows.map((row) => row[1]))));
    expect(taken).toEqual([[], [], [], [], [], [], [], [], [day(0)], [day(1)], [day(2)]]);
  });
});
