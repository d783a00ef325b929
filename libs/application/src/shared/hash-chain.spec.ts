import { createHash, randomUUID } from 'node:crypto';
import { chainedHash, chainVersionOf, eventHash, eventHashV2, GENESIS_HASH, recordedTimeOf, toMicroseconds } from './hash-chain.js';

const content = {
  id: '5f0e9a9e-2d7c-4f7e-9a41-0c1f3b2a8d11',
  stream: 'activity-1',
  revision: 3,
  type: 'ActivityProgressReported',
  recordedAt: '2026-11-23T10:00:00.123000Z',
  data: { percentComplete: 30, title: { ru: 'Отчёт', en: 'Report' }, ratio: 1e-7 },
  metadata: { chainVersion: 2, recordedAt: '2026-11-23T10:00:00.123Z', prevHash: 'a'.repeat(64), hash: 'ignored' },
};

describe('chain version 2 (pure)', () => {
  it('is sha256 of prevHash and the RFC 8785 form of {id, stream, revision, type, recordedAt, data, metadata without hash}', () => {
    // Written out by hand as RFC 8785 orders it: keys by UTF-16 code units, numbers in shortest form.
    const jcs =
      '{"data":{"percentComplete":30,"ratio":1e-7,"title":{"en":"Report","ru":"Отчёт"}},"id":"5f0e9a9e-2d7c-4f7e-9a41-0c1f3b2a8d11",' +
      `"metadata":{"chainVersion":2,"prevHash":"${'a'.repeat(64)}","recordedAt":"2026-11-23T10:00:00.123Z"},"recordedAt":"2026-11-23T10:00:00.123000Z",` +
      '"revision":3,"stream":"activity-1","type":"ActivityProgressReported"}';
    expect(eventHashV2(GENESIS_HASH, content)).toBe(createHash('sha256').update(GENESIS_HASH + jcs).digest('hex'));
  });

  it('covers the event id and the recorded time, which version 1 does not', () => {
    const base = eventHashV2(GENESIS_HASH, content);
    expect(eventHashV2(GENESIS_HASH, { ...content, id: randomUUID() })).not.toBe(base);
    expect(eventHashV2(GENESIS_HASH, { ...content, recordedAt: '2026-11-23T10:00:00.123001Z' })).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...content, id: randomUUID() } as never)).toBe(eventHash(GENESIS_HASH, content));
  });

  it('does not depend on key order, and ignores the stored hash', () => {
    const reordered = { ...content, data: Object.fromEntries(Object.entries(content.data).reverse()), metadata: { ...content.metadata, hash: 'other' } };
    expect(eventHashV2(GENESIS_HASH, reordered)).toBe(eventHashV2(GENESIS_HASH, content));
  });
});

describe('chainedHash: each event under its own version', () => {
  const stored = { id: content.id, stream: content.stream, revision: 3, type: content.type, data: content.data };

  it('version 1 without chainVersion, version 2 with it', () => {
    const { chainVersion: _v, ...v1Metadata } = content.metadata;
    expect(chainVersionOf(v1Metadata)).toBe(1);
    expect(chainedHash(GENESIS_HASH, { ...stored, metadata: v1Metadata })).toBe(eventHash(GENESIS_HASH, { ...stored, metadata: v1Metadata }));
    expect(chainVersionOf(content.metadata)).toBe(2);
    expect(chainedHash(GENESIS_HASH, { ...stored, metadata: content.metadata })).toBe(eventHashV2(GENESIS_HASH, content));
  });

  it('the recorded time is the store’s own where it keeps one, else the metadata’s, to the microsecond', () => {
    expect(recordedTimeOf({ metadata: content.metadata })).toBe('2026-11-23T10:00:00.123000Z');
    expect(recordedTimeOf({ recordedAt: '2026-11-23T10:00:00.123456Z', metadata: content.metadata })).toBe('2026-11-23T10:00:00.123456Z');
    expect(recordedTimeOf({ metadata: {} })).toBeNull();
    expect(chainedHash(GENESIS_HASH, { ...stored, metadata: content.metadata, recordedAt: '2026-11-23T10:00:00.123000Z' })).toBe(
      chainedHash(GENESIS_HASH, { ...stored, metadata: content.metadata }),
    );
    expect(chainedHash(GENESIS_HASH, { ...stored, metadata: content.metadata, recordedAt: '2026-11-23T10:00:00.123001Z' })).not.toBe(
      chainedHash(GENESIS_HASH, { ...stored, metadata: content.metadata }),
    );
    expect(toMicroseconds('2026-11-23T10:00:00Z')).toBe('2026-11-23T10:00:00Z');
  });
});
