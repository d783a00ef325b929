import { CommandBus } from '@nestjs/cqrs';
import { seedDemo, type SeedSummary } from '../../apps/cli/src/seed/seed-demo.js';
import { pdfText } from '../support/pdf-text.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { binary } from '../support/raw-get.js';

/** An HTML page's text, tags and whitespace runs made one space. */
const textOf = (html: string) => html.replace(/<style>[^<]*<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('GET /commission/sessions/:id/pack: the commission’s pack for the demo sessions', () => {
  let app: TestApp;
  let seeded: SeedSummary;
  beforeAll(async () => {
    app = await startTestApp();
    seeded = await seedDemo(app.app.get(CommandBus));
    await app.http.get('/commission/sessions').query({ minPosition: (await app.allEvents()).at(-1)!.position });
  }, 180_000);
  afterAll(async () => app.close());

  it('session 2016/2, in English: decisions overdue, progress and funding since 2016/1, figures computed by hand from the demo data', async () => {
    const response = await app.http.get(`/commission/sessions/${seeded.sessions['2016-2']}/pack`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const text = textOf(response.text);
    expect(text).toContain('Inter-ministerial commission, session 2016/2: session pack');
    expect(text).toContain('Date of the session: 2016-12-15. Figures as of 2016-12-15. Changes since the previous session: 2016/1 (2016-06-16).');
    expect(text).toContain('Draft law on the diaspora');
    // Open on 2016-12-15 with a due date by 2017-01-14: only IMC-2016/03, due 2016-12-01.
    expect(text).toContain('IMC-2016/03 Report on remittance flows in 2015 2016-12-01 (overdue) SCISPM');
    expect(text).not.toContain('IMC-2015/07');
    // Started between 2016-06-16 and 2016-12-15: 1.1.2 (2016-09-01), 2.1.3, 3.x and 4.2 (2016-10-01), one per objective.
    expect(text).toContain('TJ-DIASPORA-2015-2020 1.1 Registration of diaspora associations and consular outreach 1 0 0 0');
    expect(text).toContain('TJ-DIASPORA-2015-2020 4 Protection and support of migrants and their families 1 0 0 0');
    expect(text).toContain('TJ-DIASPORA-2015-2020 5 Monitoring, coordination and reporting 0 0 0 0');
    // USD committed: FAO 250,000 (2016-09-15) + UN Women 95,000 (2016-09-10); disbursed 60,000 + 100,000 + 100,000 + 60,000 + 50,000 + 40,000.
    expect(text).toContain('USD 345000.00 410000.00');
    expect(text).toContain('EUR 0.00 0.00');
    expect(text).toMatch(/Digest [0-9a-f]{64} over \d+ events in \d+ streams, at position \d+(:\d+)*\./);
    const digest = (await app.http.get('/audit/digest')).body;
    expect(text).toContain(`Digest ${digest.digest} over ${digest.events} events in ${digest.streams} streams, at position ${digest.position}.`);
  });

  it('session 2016/1 lists the recommendations scheduled for it: the meeting it was made at, its proposers, the agencies addressed', async () => {
    const text = textOf((await app.http.get(`/commission/sessions/${seeded.sessions['2016-1']}/pack`)).text);
    expect(text).toContain('Recommendations scheduled for review');
    // The meeting as recorded, and both proposers of the women's orientation recommendation.
    expect(text).toContain('Offer pre-departure orientation for women migrants in Khatlon, starting in Dousti and Kulob. International Migrants Day roundtable, 18 December 2015 (2015-12-18) UN Women, IOM MS');
    expect(text).toMatch(/\(2015-11-18\) Peshraft MFA/);
  });

  it('the PDF in Russian and in Tajik: its text extracts back exactly', async () => {
    for (const [lang, expected] of [
      ['ru', ['Межведомственная комиссия, заседание 2016/2: материалы к заседанию', 'Решения со сроком исполнения и просроченные', 'Ход выполнения по целям с предыдущего заседания', 'Институциональная и правовая база работы с диаспорой', 'USD 345000.00 410000.00', 'просрочено']],
      ['tg', ['Комиссияи байниидоравӣ, ҷаласаи 2016/2: маводи ҷаласа', 'Қарорҳои мӯҳлаташон расида ва гузашта', 'Пешрафт аз рӯи ҳадафҳо аз ҷаласаи гузашта', 'Оғозшуда', 'Бекоршуда', 'мӯҳлаташ гузаштааст']],
    ] as const) {
      const response = await app.http.get(`/commission/sessions/${seeded.sessions['2016-2']}/pack`).query({ format: 'pdf', lang }).buffer(true).parse(binary);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const { text } = await pdfText(response.body as Buffer);
      for (const line of expected) expect(text).toContain(line);
    }
  });

  it('answers a PDF when Accept asks for one; an unknown session is a 404, a bad format a 400, a donor a 403', async () => {
    const pdf = await app.http.get(`/commission/sessions/${seeded.sessions['2016-2']}/pack`).set('Accept', 'application/pdf').buffer(true).parse(binary);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await app.http.get('/commission/sessions/00000000-0000-4000-8000-000000000000/pack')).status).toBe(404);
    const bad = await app.http.get(`/commission/sessions/${seeded.sessions['2016-2']}/pack`).query({ format: 'doc' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([{ field: 'format', messages: ['format must be html or pdf'] }]);
    const donor = await app.token('donor', seeded.organizations.eu);
    expect((await app.as(donor.token).get(`/commission/sessions/${seeded.sessions['2016-2']}/pack`)).status).toBe(403);
  });
});
