import { CreateEvents1764000000000 } from '#event-store';
import { AccessTokenRow, AccessTokens1764000050000 } from '#platform';
import { activityProjection } from './activities/activity.projection.js';
import { ActivityViewRow } from './activities/activity-view.entity.js';
import { auditProjection } from './audit/audit.projection.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { ReadModels1764000001000 } from './migrations/1764000001000-read-models.js';
import type { Projection } from './projector/projection.js';

export const ALL_PROJECTIONS: readonly Projection[] = [activityProjection, auditProjection];
export const READ_MODEL_ENTITIES = [ActivityViewRow, AuditEntry, AccessTokenRow];
/** Every migration of the database, event store table included, in order. */
export const ALL_MIGRATIONS = [CreateEvents1764000000000, ReadModels1764000001000, AccessTokens1764000050000];
