import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { anOrganization, uniqueCode } from '../support/builders.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { write } from '../support/scenario.js';

/** A GET read as it came over the wire (supertest would decompress it). */
function rawGet(app: TestApp, path: string, acceptEncoding: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${app.url}${path}`, { headers: { 'accept-encoding': acceptEncoding, authorization: `Bearer ${app.adminToken}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('answers compressed as the client accepts', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await write(app, '/organizations', anOrganization({ name: 'Migration Service', acronym: uniqueCode('MS') }));
  });
  afterAll(() => app?.close());

  it('sends a large answer as brotli or gzip by the Accept-Encoding, the same JSON as uncompressed', async () => {
    const plain = await rawGet(app, '/geography', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const body = plain.body;
    expect(body.length).toBeGreaterThan(1024);
    for (const [accepted, encoding, decompress] of [
      ['br', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
    ] as const) {
      const answer = await rawGet(app, '/geography', accepted);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      const sent = answer.body;
      expect(sent.length).toBeLessThan(body.length / 2);
      expect(JSON.parse(decompress(sent).toString())).toEqual(JSON.parse(body.toString()));
    }
  });

  it('leaves a small answer and a refusal of bad input as they are', async () => {
    const small = await rawGet(app, '/health', 'gzip');
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    const refused = await app.http.post('/organizations').set('Accept-Encoding', 'gzip').send({ name: '' });
    expect(refused.status).toBe(400);
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toContain('name');
  });
});
