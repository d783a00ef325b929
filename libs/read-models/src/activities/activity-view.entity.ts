import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActivityView } from './activity-view.js';

/** Current state of each activity, with the columns list filters need next to the full view. */
@Entity({ name: 'activity_view' })
export class ActivityViewRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('text')
  code!: string;

  @Column('text')
  status!: string;

  @Column('date', { name: 'planned_end' })
  plannedEnd!: string;

  /** Lead and partner agencies: what an agency filter and an agency's write scope look at. */
  @Column('uuid', { name: 'agency_ids', array: true })
  agencyIds!: string[];

  @Column('text', { array: true })
  provinces!: string[];

  @Column('uuid', { name: 'donor_ids', array: true })
  donorIds!: string[];

  @Column('jsonb')
  view!: ActivityView;
}
