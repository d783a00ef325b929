import { anOrganization, uniqueCode } from '../support/builders.js';
import { aDecision } from '../support/commission-builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { uniqueAcronym } from '../support/correction-scenario.js';
import { projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The tracker a commission of many years reads by page: decisions due in a window, one agency's, in the
 * order of their due dates, live and at a date.
 */
describe('the decision tracker: due dates, responsible agency, order', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof commissionScenario>>;
  let other: string;
  const numbers: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    ids = await commissionScenario(app);
    other = (await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('AG') }))).id;
    // The scenario's own decision is due 2016-06-30, for the lead agency.
    const decisions = [
      { key: 'march', dueDate: '2016-03-31', responsibleAgencyIds: [ids.leadId, other] },
      { key: 'september', dueDate: '2016-09-30', responsibleAgencyIds: [other] },
      { key: 'undated', dueDate: undefined, responsibleAgencyIds: [other] },
      { key: 'january', dueDate: '2016-01-15', responsibleAgencyIds: [ids.leadId] },
    ];
    let last = '';
    for (const { key, ...decision } of decisions) {
      numbers[key] = uniqueCode(`T-${key}`);
      last = (await write(app, '/decisions', aDecision(ids.heldSessionId, { number: numbers[key], ...decision }))).position;
    }
    await projected(app, last);
  }, 60_000);
  afterAll(async () => app.close());

  const listed = async (query: Record<string, string>) => {
    const response = await app.http.get('/decisions').query({ sessionId: ids.heldSessionId, ...query });
    expect(response.status).toBe(200);
    return response.body as { items: { number: string; dueDate?: string }[]; total: number };
  };
  const numbersOf = (page: { items: { number: string }[] }) =>
    page.items.map((d) => Object.entries(numbers).find(([, n]) => n === d.number)?.[0] ?? 'scenario');

  it('lists the decisions due within a window, both ends included, in the order of their due dates', async () => {
    const page = await listed({ dueFrom: '2016-03-31', dueTo: '2016-09-30', sort: 'dueDate' });
    expect(numbersOf(page)).toEqual(['march', 'scenario', 'september']);
    expect(page.total).toBe(3);
    expect(numbersOf(await listed({ dueTo: '2016-03-31', sort: 'dueDate' }))).toEqual(['january', 'march']);
  });

  it('orders by due date either way with the undated last, and pages in that order', async () => {
    expect(numbersOf(await listed({ sort: 'dueDate' }))).toEqual(['january', 'march', 'scenario', 'september', 'undated']);
    expect(numbersOf(await listed({ sort: '-dueDate' }))).toEqual(['september', 'scenario', 'march', 'january', 'undated']);
    const second = await listed({ sort: 'dueDate', page: '2', pageSize: '2' });
    expect({ items: numbersOf(second), total: second.total }).toEqual({ items: ['scenario', 'september'], total: 5 });
  });

  it("lists one agency's decisions, with the other filters", async () => {
    expect(numbersOf(await listed({ responsibleAgencyId: other, sort: 'dueDate' }))).toEqual(['march', 'september', 'undated']);
    expect(numbersOf(await listed({ responsibleAgencyId: ids.leadId, dueFrom: '2016-02-01', sort: 'dueDate' }))).toEqual(['march', 'scenario']);
  });

  it('answers the same at a date, where each decision is folded from its events', async () => {
    const asOf = '2016-02-01';
    expect(numbersOf(await listed({ asOf, dueFrom: '2016-03-31', dueTo: '2016-09-30', sort: 'dueDate' }))).toEqual(['march', 'scenario', 'september']);
    expect(numbersOf(await listed({ asOf, sort: '-dueDate' }))).toEqual(['september', 'scenario', 'march', 'january', 'undated']);
    expect(numbersOf(await listed({ asOf, responsibleAgencyId: other, sort: 'dueDate' }))).toEqual(['march', 'september', 'undated']);
  });

  it.each([
    { query: { dueFrom: '2016-09-30', dueTo: '2016-03-31' }, field: 'dueTo', message: 'dueTo must not be before dueFrom' },
    { query: { dueTo: '2016-02-30' }, field: 'dueTo', message: expect.stringContaining('YYYY-MM-DD') },
    { query: { dueFrom: 'soon' }, field: 'dueFrom', message: expect.stringContaining('YYYY-MM-DD') },
    { query: { responsibleAgencyId: 'ministry' }, field: 'responsibleAgencyId', message: expect.stringContaining('UUID') },
    { query: { sort: 'title' }, field: 'sort', message: 'sort must be one of number, dueDate, each optionally preceded by -' },
  ])('refuses $query with 400 naming $field', async ({ query, field, message }) => {
    const response = await app.http.get('/decisions').query(query);
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([{ field, messages: [message] }]);
  });
});
