import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import type { ResponseObject } from '@nestjs/swagger';
import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import { seedDemo } from '../../apps/cli/src/seed/seed-demo.js';
import { answerChecker, committedOpenApi } from '../support/openapi-answers.js';
import { linkTokenInOutbox } from '../support/smtp-inbox.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Real answers, from the worked example, validated against the committed document (the one the web
 * client is generated from), as answerChecker reads it.
 */
describe('answers match the OpenAPI document', () => {
  const document = committedOpenApi();
  const check = answerChecker(document);
  let app: TestApp;
  // Without SMTP_URL the service writes its mail as .eml files here: the password link's token is read back.
  const dataDir = mkdtempSync(join(tmpdir(), 'apm-openapi-'));
  const readTemplates: string[] = [];

  /** GETs the path and validates the body against its operation's schema for the status answered. */
  const read = async (template: string, params: Record<string, string> = {}, expected = 200, query: Record<string, string> = {}) => {
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => params[name]);
    const response = await app.http.get(path).query(query);
    readTemplates.push(template);
    expect(`${path} ${response.status}`).toBe(`${path} ${expected}`);
    expect({ path, errors: check('get', template, response.status, response.body) }).toEqual({ path, errors: null });
    return response.body;
  };

  beforeAll(async () => {
    app = await startTestApp({ DATA_DIR: dataDir });
    await seedDemo(app.app.get(CommandBus));
    const last = (await app.allEvents()).at(-1)!.position;
    expect(await app.app.get(ProjectionWaiter).waitFor(last, ALL_PROJECTIONS, 30_000)).toBe(true);
  }, 180_000);
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists, details and histories of every kind of record', async () => {
    for (const kind of ['organizations', 'plans', 'activities', 'commission/sessions', 'decisions', 'recommendations', 'meetings']) {
      const list = await read(`/${kind}`);
      expect({ kind, some: list.items.length > 0 }).toEqual({ kind, some: true });
      for (const item of list.items.slice(0, 3)) {
        await read(`/${kind}/{id}`, { id: item.id });
        await read(`/${kind}/{id}/history`, { id: item.id });
      }
    }
  });

  it('the dashboard, a donor portfolio, the audit log and its verification', async () => {
    const plans = await read('/plans');
    await read('/plans/{id}/dashboard', { id: plans.items[0].id });
    const donors = await app.http.get('/organizations').query({ kind: 'donor' });
    expect(donors.body.items.length).toBeGreaterThan(0);
    await read('/donors/{id}/portfolio', { id: donors.body.items[0].id });
    await read('/audit');
    await read('/audit/verify');
  });

  it('the results framework: the catalogue, the tracking table and the dashboard of a plan that has them', async () => {
    const plan = (await read('/plans')).items.find((p: { code: string }) => p.code === 'TJ-DIASPORA-2015-2020');
    expect((await read('/plans/{id}/disaggregations', { id: plan.id })).dimensions.length).toBeGreaterThan(0);
    const table = await read('/plans/{id}/indicators', { id: plan.id });
    expect(table.indicators.some((r: { level: string; periods: { disaggregations: unknown[] }[] }) => r.level === 'objective' && r.periods.some((p) => p.disaggregations.length > 0))).toBe(true);
    const dashboard = await read('/plans/{id}/dashboard', { id: plan.id });
    expect(dashboard.byObjective.some((o: { indicators: unknown[] }) => o.indicators.length > 0)).toBe(true);
    await read('/plans/{id}', { id: plan.id });
  });

  it('the caller, users and tokens, health', async () => {
    await read('/auth/me');
    await read('/auth/tokens');
    await read('/tokens');
    const users = await read('/users');
    for (const user of users.items.slice(0, 2)) {
      await read('/users/{id}', { id: user.id });
      await read('/users/{id}/tokens', { id: user.id });
    }
    await read('/health');
  });

  it('the reporting cycle, the reports owed, reminders, the gazetteer, the audit digest and what a password link is for', async () => {
    const plan = (await read('/plans')).items.find((p: { code: string }) => p.code === 'TJ-DIASPORA-2015-2020');
    expect((await read('/plans/{id}/reporting', { id: plan.id })).calendar).not.toBeNull();
    await read('/progress-reports');
    expect((await read('/progress-reports/owed')).items.length).toBeGreaterThan(0);
    await read('/reminders');
    expect((await read('/geography')).countries.length).toBeGreaterThan(0);
    await read('/audit/digest');
    const email = 'openapi-reader@example.org';
    expect((await app.http.post('/users').send({ email, displayName: 'Reader', role: 'commission', language: 'en' })).status).toBe(201);
    const token = await linkTokenInOutbox(join(dataDir, 'outbox'), email);
    expect((await read('/auth/password', {}, 200, { token })).purpose).toBeDefined();
  });

  it('the answers of the token, password and sign-in writes (outside the retry story)', async () => {
    const write = async (template: string, body: object, expected: number, params: Record<string, string> = {}, as = app.http) => {
      const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => params[name]);
      const response = await as.post(path).send(body);
      expect(`${path} ${response.status}`).toBe(`${path} ${expected}`);
      expect({ path, errors: check('post', template, response.status, response.body) }).toEqual({ path, errors: null });
      return response.body;
    };
    await write('/tokens', { role: 'secretariat', displayName: 'reporting script' }, 201);
    await write('/auth/tokens', { displayName: 'my script' }, 201);
    await write('/users/{id}/tokens', { displayName: 'their script' }, 201, { id: app.adminId });
    const email = 'openapi-signer@example.org';
    const invited = await app.http.post('/users').send({ email, displayName: 'Signer', role: 'commission', language: 'en' });
    const token = await linkTokenInOutbox(join(dataDir, 'outbox'), email);
    await write('/auth/password', { token, password: 'a long and quiet river 42' }, 200, {}, app.as(null));
    expect((await write('/auth/login', { email, password: 'a long and quiet river 42' }, 200, {}, app.as(null))).csrfToken).toEqual(expect.any(String));
    await write('/auth/password-reset', { email }, 202, {}, app.as(null));
    await write('/users/{id}/unlock', {}, 200, { id: invited.body.id });
  });

  it('a 400 and a 404 answer the error schema', async () => {
    const bad = await app.http.get('/activities').query({ pageSize: 'many' });
    expect(bad.status).toBe(400);
    expect(check('get', '/activities', 400, bad.body)).toBeNull();
    expect(bad.body.fields.length).toBeGreaterThan(0);
    await read('/plans/{id}', { id: '00000000-0000-4000-8000-000000000000' }, 404);
  });

  // Last: every documented read with a JSON answer has been read above, so a new one is not left out.
  it('read every GET whose answer is JSON', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      (item.get?.responses['200'] as ResponseObject | undefined)?.content?.['application/json'] ? [path] : [],
    );
    expect(documented.filter((path) => !readTemplates.includes(path))).toEqual([]);
  });
});
