import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per event: who did what, when (both clocks), and the hash that chains it to the previous one. */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  /** Order of application, which is the event log's order. */
  @Column({ type: 'bigint', insert: false, update: false })
  ordinal!: string;

  @Column('text')
  position!: string;

  @Column('text')
  stream!: string;

  @Column('int')
  revision!: number;

  @Column('text')
  type!: string;

  @Column('text', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'actor_name', nullable: true })
  actorName!: string | null;

  @Column('text', { nullable: true })
  role!: string | null;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('uuid', { name: 'command_id', nullable: true })
  commandId!: string | null;

  @Column('text', { name: 'correlation_id', nullable: true })
  correlationId!: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('date', { name: 'effective_on', nullable: true })
  effectiveOn!: string | null;

  @Column('text', { name: 'prev_hash', nullable: true })
  prevHash!: string | null;

  @Column('text', { nullable: true })
  hash!: string | null;

  @Column('jsonb')
  data!: unknown;
}
