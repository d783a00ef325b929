import { randomUUID } from 'node:crypto';
import { CODE_RESERVATION_PREFIX, DuplicateCodeError } from '#domain';
import { InMemoryEventStore } from '#event-store';
import { AggregateStore } from './aggregate-store.js';
import { ORGANIZATION } from './aggregates.js';
import { CodeReservations, reservationStreamId, type CodeRequest } from './code-reservations.js';
import type { CommandEnvelope } from './command-envelope.js';

const envelope = (overrides: Partial<CommandEnvelope> = {}): CommandEnvelope => {
  const commandId = randomUUID();
  return {
    commandId,
    correlationId: commandId,
    causationId: commandId,
    actor: { id: 'token-1', name: 'Secretariat', role: 'secretariat', organizationId: null },
    today: '2026-12-02',
    recordedAt: new Date(),
    ...overrides,
  };
};
const acronym = (code: string): CodeRequest => ({ kind: 'organization', scope: 'TJ', code, field: 'acronym' });
const register = (organizationId: string, code: string) => ({
  type: 'RegisterOrganization' as const,
  data: { organizationId, name: 'Migration Service', acronym: code, kind: 'state_agency' as const, country: 'TJ', today: '2026-12-02' },
});

describe('CodeReservations', () => {
  let events: InMemoryEventStore;
  let reservations: CodeReservations;
  const ORG = randomUUID();
  beforeEach(async () => {
    events = new InMemoryEventStore();
    reservations = new CodeReservations(new AggregateStore(events), events);
    await reservations.create(ORGANIZATION, ORG, envelope(), acronym('MS'), register(ORG, 'MS'));
  });

  it('move (for amendments): takes the new code, then releases the old one, which another record may then take', async () => {
    await reservations.move(acronym('MS'), acronym('MSA'), ORG, envelope({ expectedRevision: 0 }));
    await expect(reservations.assertHeld(acronym('msa'), ORG)).resolves.toBeUndefined();
    const old = await events.readStream(CODE_RESERVATION_PREFIX + reservationStreamId(acronym('MS')));
    expect(old.map((e) => e.type)).toEqual(['CodeReserved', 'CodeReleased']);
    const other = randomUUID();
    await reservations.create(ORGANIZATION, other, envelope(), acronym('MS'), register(other, 'MS'));
  });

  it('move to a code another record holds is refused and keeps the old reservation', async () => {
    const other = randomUUID();
    await reservations.create(ORGANIZATION, other, envelope(), acronym('EU'), register(other, 'EU'));
    await expect(reservations.move(acronym('MS'), acronym('eu'), ORG, envelope())).rejects.toMatchObject({ code: 'DUPLICATE_CODE', holder: { kind: 'organization', id: other } });
    await expect(reservations.assertHeld(acronym('MS'), ORG)).resolves.toBeUndefined();
  });

  it('move to another spelling of the same code records nothing', async () => {
    const before = (await events.readAll(null, 100)).length;
    await reservations.move(acronym('MS'), acronym(' ms '), ORG, envelope());
    expect((await events.readAll(null, 100)).length).toBe(before);
  });

  it('a refused create (the decider says no) reserves nothing', async () => {
    const other = randomUUID();
    const bad = { ...register(other, 'NEW'), data: { ...register(other, 'NEW').data, kind: 'club' as never } };
    await expect(reservations.create(ORGANIZATION, other, envelope(), acronym('NEW'), bad)).rejects.toMatchObject({ code: 'INVALID_ORGANIZATION_KIND' });
    expect(await events.readStream(CODE_RESERVATION_PREFIX + reservationStreamId(acronym('NEW')))).toEqual([]);
  });

  it('a retry of a create that was stored answers as before, even when the command would now be refused', async () => {
    const commandId = randomUUID();
    const other = randomUUID();
    const first = await reservations.create(ORGANIZATION, other, envelope({ commandId }), acronym('RETRY'), register(other, 'RETRY'));
    const changed = { ...register(other, 'RETRY'), data: { ...register(other, 'RETRY').data, kind: 'club' as never } };
    await expect(reservations.create(ORGANIZATION, other, envelope({ commandId }), acronym('RETRY'), changed)).resolves.toEqual(first);
  });

  it('assertHeld names the holder when the code is not this record’s', async () => {
    await expect(reservations.assertHeld(acronym('MS'), randomUUID())).rejects.toBeInstanceOf(DuplicateCodeError);
  });
});
