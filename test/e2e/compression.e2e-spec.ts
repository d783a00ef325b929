import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawGet } from '../support/raw-get.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A GET by the admin, as it came over the wire. */
const adminGet = (app: TestApp, path: string, acceptEncoding: string) =>
  rawGet(`${app.url}${path}`, { 'accept-encoding': acceptEncoding, authorization: `Bearer ${app.adminToken}` });

describe('answers compressed as the client accepts', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('sends a large answer as brotli or gzip by the Accept-Encoding, the same JSON as uncompressed', async () => {
    const plain = await adminGet(app, '/geography', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const body = plain.body;
    expect(body.length).toBeGreaterThan(1024);
    for (const [accepted, encoding, decompress] of [
      ['br', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
    ] as const) {
      const answer = await adminGet(app, '/geography', accepted);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      const sent = answer.body;
      expect(sent.length).toBeLessThan(body.length / 2);
      expect(JSON.parse(decompress(sent).toString())).toEqual(JSON.parse(body.toString()));
    }
  });

  it('leaves a small answer and a refusal of bad input as they are', async () => {
    const small = await adminGet(app, '/health', 'gzip');
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    const refused = await app.http.post('/organizations').set('Accept-Encoding', 'gzip').send({ name: '' });
    expect(refused.status).toBe(400);
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toContain('name');
  });
});
